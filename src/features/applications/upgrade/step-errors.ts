import type { ApplicationDetail } from '@/contract/application-detail';
import type { UpgradeStep } from '@/config/paths';
import { connectorProblems, parseVariables } from '../connector-rules';
import { chosenAdminErrors } from '../components/access/admin-role-errors';
import { upgradeTargets } from '../rules';
import type { UpgradeDraft } from './draft-schema';
import { toConnector } from './build-request';
import { retypeErrors } from './draft-secrets';

export type FieldErrors = Record<string, string>;

/** Which step owns a field of the request body, so a refusal is shown where it can be fixed. */
export function stepOfField(field: string): UpgradeStep {
  if (field === 'projectVersion') return 'version';
  if (field.startsWith('access')) return 'access';
  if (field.startsWith('connectors')) return 'connectors';
  return 'review';
}

export function versionErrors(app: ApplicationDetail, draft: UpgradeDraft): FieldErrors {
  const targets = upgradeTargets(
    app.releases.map((r) => r.version),
    app.projectVersion,
  );
  if (draft.projectVersion !== null && targets.includes(draft.projectVersion)) return {};
  return { projectVersion: 'Pick the released project version to upgrade to.' };
}

/** An administrator must hold ACTIVITI_ADMIN (seed); keyed like the body: access.admins.users.0. */
export function accessErrors(draft: UpgradeDraft): FieldErrors {
  const { adminUsers: users, adminGroups: groups } = draft.access;
  return Object.fromEntries(
    Object.entries(chosenAdminErrors({ users, groups })).map(([f, m]) => [`access.${f}`, m]),
  );
}

/**
 * Per connector: the JSON's own problem first, then secret values a reload lost, then the rules
 * the server applies.
 */
export function connectorErrors(draft: UpgradeDraft): FieldErrors {
  const errors: FieldErrors = {};
  draft.connectors.forEach((c, i) => {
    const parsed = parseVariables(c.variablesText);
    if ('error' in parsed) errors[`connectors.${String(i)}.variables`] = parsed.error;
  });
  for (const [field, message] of Object.entries(retypeErrors(draft))) errors[field] ??= message;
  const connectors = draft.connectors.map(toConnector);
  for (const p of connectorProblems(connectors)) errors[p.field] ??= p.message;
  return errors;
}

export function stepErrors(
  step: UpgradeStep,
  app: ApplicationDetail,
  draft: UpgradeDraft,
): FieldErrors {
  if (step === 'version') return versionErrors(app, draft);
  if (step === 'access') return accessErrors(draft);
  if (step === 'connectors') return connectorErrors(draft);
  return {};
}

/** Server errors of one step, shown there until the person changes that step. */
export function serverErrorsOf(draft: UpgradeDraft, step: UpgradeStep): FieldErrors {
  return Object.fromEntries(
    Object.entries(draft.serverErrors).filter(([field]) => stepOfField(field) === step),
  );
}
