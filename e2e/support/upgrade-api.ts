import type { ApplicationDetail } from '@/contract/application-detail';
import type { ApplicationAccess } from '@/contract/applications';
import type { Operation } from '@/contract/operations';
import type { UpgradeRequest } from '@/contract/upgrades';
import { postWork, startedOperation } from './operations-api';
import type { ApiAnswer, SimulatorControl } from './simulator';

/** What the seed's e-mail connector needs, as typed into the wizard's variables editor. */
export const SEED_EMAIL_JSON = '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}';

/** Wizard choices that invoice-approvals (app-001) can upgrade with: project 10, e-mail set. */
export const readyChoices = { version: 10, variables: { 'email-connector': SEED_EMAIL_JSON } };

/** The e-mail connector as the seed configures it (project 10 of Invoice Approvals needs it). */
const emailConnector = {
  name: 'email-connector',
  kind: 'out-of-the-box' as const,
  type: 'email',
  image: 'activiti/email-connector:7.1.0',
  variables: { EMAIL_HOST: 'https://mysmtp.com', EMAIL_PORT: '8050' },
};

/**
 * A request the simulator would accept for this application, read through the API as the
 * console reads it: the highest released target, today's access, the deployed connectors plus
 * the e-mail connector where the target needs it. `patch` then changes what a test wants refused.
 */
export async function upgradeRequestFor(
  simulator: SimulatorControl,
  applicationId: string,
  patch: Partial<UpgradeRequest> = {},
): Promise<UpgradeRequest> {
  const app = (await simulator.api({ method: 'GET', path: `/applications/${applicationId}` }))
    .body as ApplicationDetail;
  const access = (
    await simulator.api({ method: 'GET', path: `/applications/${applicationId}/access` })
  ).body as ApplicationAccess;
  const projectVersion =
    patch.projectVersion ?? Math.max(...app.releases.map((r) => r.version), app.projectVersion);
  const needed = app.releases.find((r) => r.version === projectVersion)?.connectors ?? [];
  const addEmail =
    needed.some((c) => c.name === emailConnector.name) &&
    !app.connectors.some((c) => c.name === emailConnector.name);
  return {
    revision: app.revision,
    accessRevision: access.revision,
    name: app.name,
    projectVersion,
    access: { admins: access.admins, users: access.users },
    connectors: addEmail ? [...app.connectors, emailConnector] : app.connectors,
    services: app.services,
    infrastructure: app.infrastructure,
    ...patch,
  };
}

/** POST /applications/{id}/upgrades as another tab of the signed-in person would. */
export function postUpgrade(
  simulator: SimulatorControl,
  applicationId: string,
  body: unknown,
  idempotencyKey?: string,
): Promise<ApiAnswer> {
  return postWork(simulator, `/applications/${applicationId}/upgrades`, body, idempotencyKey);
}

/** Starts an upgrade through the API and returns its operation (fails the test if refused). */
export async function startUpgradeViaApi(
  simulator: SimulatorControl,
  applicationId: string,
  patch: Partial<UpgradeRequest> = {},
): Promise<Operation> {
  return startedOperation(
    await postUpgrade(
      simulator,
      applicationId,
      await upgradeRequestFor(simulator, applicationId, patch),
    ),
  );
}
