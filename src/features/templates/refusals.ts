import type { TemplateRefusalCode } from '@/contract/template-upgrade-records';

/**
 * The words of every refusal of template publishing, upgrades and rollbacks: the simulator answers
 * them as the problem's title and detail (and its `errors` on `field`), the console shows them
 * beside what it does not offer.
 */
type Facts = Record<string, string | undefined>;

export interface Refusal {
  code: TemplateRefusalCode;
  title: string;
  message: string;
  /** The request field the refusal is about, for an inline error. */
  field?: string;
}

const list = (names: string | undefined) => names ?? '';

const texts: Record<TemplateRefusalCode, (f: Facts) => Omit<Refusal, 'code'>> = {
  'unknown-version': (f) => ({
    title: 'Version not found',
    message: `${f.template ?? 'This template'} has no version ${f.version ?? ''}.`,
    field: f.field,
  }),
  'version-not-greater': (f) => ({
    title: 'The version must be greater than the latest',
    message: `${f.version ?? ''} is not greater than the latest version, ${f.latest ?? ''}. Give a greater version, such as ${f.suggestion ?? ''}.`,
    field: 'version',
  }),
  'publish-running': (f) => ({
    title: 'A version is already being published',
    message: `${f.version ?? ''} is being published; wait for it to finish.`,
  }),
  'stale-revision': (f) => ({
    title: `Someone else changed this ${f.what ?? 'resource'}`,
    message: `You started from revision ${f.sent ?? ''}, but it is now at revision ${f.current ?? ''}. Reload to see what changed.`,
  }),
  'upgrade-unfinished': (f) => ({
    title: f.kind === 'rollback' ? 'A rollback is still running' : 'An upgrade is still running',
    message: `${f.application ?? ''} is being ${f.kind === 'rollback' ? 'rolled back' : 'upgraded'} (${f.from ?? ''} → ${f.to ?? ''}); wait for it to finish.`,
  }),
  'target-not-higher': (f) => ({
    title: 'The target version must be higher',
    message: `${f.version ?? ''} is not higher than the current version ${f.current ?? ''}, and every component already matches ${f.current ?? ''}.`,
    field: 'toVersion',
  }),
  'unknown-components': (f) => ({
    title: 'Unknown components',
    message: `${f.scope ?? 'The upgrade'} has no component named ${list(f.names)}.`,
    field: 'components',
  }),
  'unchanged-components': (f) => ({
    title: 'Nothing to upgrade in these components',
    message: `${list(f.names)} ${f.count === '1' ? 'is' : 'are'} the same in ${f.version ?? ''}: choose added, changed or removed components only.`,
    field: 'components',
  }),
  'dependency-missing': (f) => ({
    title: 'A dependency would be missing',
    message: `${list(f.pairs)}. Choose the components they depend on too.`,
    field: 'components',
  }),
  'not-most-recent': (f) => ({
    title: 'Only the most recent upgrade can be rolled back',
    message: `This upgrade (${f.from ?? ''} → ${f.to ?? ''}) is not the most recent of ${f.application ?? ''}; roll back ${f.latest ?? 'the most recent one'} instead.`,
  }),
  'nothing-to-roll-back': (f) => ({
    title: 'Nothing to roll back',
    message:
      f.reason === 'failed'
        ? 'This upgrade failed and changed nothing, so there is nothing to roll back.'
        : `This upgrade only added components (${list(f.names)}); components an upgrade added stay, so there is nothing to roll back.`,
  }),
  'already-rolled-back': () => ({
    title: 'Already rolled back',
    message: 'This upgrade has been rolled back already.',
  }),
  'added-components-stay': (f) => ({
    title: 'Added components stay',
    message: `${list(f.names)} ${f.count === '1' ? 'was' : 'were'} added by this upgrade and stay${f.count === '1' ? 's' : ''}: a rollback restores changed and removed components only.`,
    field: 'components',
  }),
};

export function refusalOf(code: TemplateRefusalCode, facts: Facts = {}): Refusal {
  return { code, ...texts[code](facts) };
}

/** The HTTP status the server answers each refusal with (see refusalStatusOf). */
export const refusalStatus: Record<TemplateRefusalCode, 404 | 409 | 422> = {
  'unknown-version': 404,
  'version-not-greater': 422,
  'publish-running': 409,
  'stale-revision': 409,
  'upgrade-unfinished': 409,
  'target-not-higher': 422,
  'unknown-components': 422,
  'unchanged-components': 422,
  'dependency-missing': 422,
  'not-most-recent': 422,
  'nothing-to-roll-back': 422,
  'already-rolled-back': 422,
  'added-components-stay': 422,
};

/** An unknown version named in a request body is a 422 on that field; in the path or query, 404. */
export function refusalStatusOf(refusal: Refusal): 404 | 409 | 422 {
  if (refusal.code === 'unknown-version' && refusal.field) return 422;
  return refusalStatus[refusal.code];
}
