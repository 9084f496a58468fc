import { queryKeysFactory } from '@/lib/query-keys';

const templates = queryKeysFactory('templates');

/** One hierarchy per resource, so a mutation can invalidate exactly what it changed. */
export const templateKeys = {
  ...templates,
  version: (id: string, version: string) => [...templates.detail(id), 'version', version] as const,
  diff: (id: string, params: object) => [...templates.detail(id), 'diff', params] as const,
};

const installed = queryKeysFactory('installed-applications');

export const installedKeys = {
  ...installed,
  /** Under the detail: a finished upgrade or rollback refreshes all of these at once. */
  upgradeDiff: (id: string, params: object) =>
    [...installed.detail(id), 'upgrade-diff', params] as const,
  records: (id: string, params: object = {}) =>
    [...installed.detail(id), 'records', params] as const,
  record: (id: string, upgradeId: string) =>
    [...installed.detail(id), 'record', upgradeId] as const,
  rollbackPreview: (id: string, upgradeId: string, params: object) =>
    [...installed.detail(id), 'rollback-preview', upgradeId, params] as const,
};
