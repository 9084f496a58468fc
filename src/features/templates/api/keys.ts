/** One hierarchy per resource, so a mutation can invalidate exactly what it changed. */
export const templateKeys = {
  all: ['templates'] as const,
  lists: () => [...templateKeys.all, 'list'] as const,
  list: (params: object) => [...templateKeys.lists(), params] as const,
  details: () => [...templateKeys.all, 'detail'] as const,
  detail: (id: string) => [...templateKeys.details(), id] as const,
  version: (id: string, version: string) =>
    [...templateKeys.detail(id), 'version', version] as const,
  diff: (id: string, params: object) => [...templateKeys.detail(id), 'diff', params] as const,
};

export const installedKeys = {
  all: ['installed-applications'] as const,
  lists: () => [...installedKeys.all, 'list'] as const,
  list: (params: object) => [...installedKeys.lists(), params] as const,
  details: () => [...installedKeys.all, 'detail'] as const,
  detail: (id: string) => [...installedKeys.details(), id] as const,
  /** Under the detail: a finished upgrade or rollback refreshes all of these at once. */
  upgradeDiff: (id: string, params: object) =>
    [...installedKeys.detail(id), 'upgrade-diff', params] as const,
  records: (id: string, params: object = {}) =>
    [...installedKeys.detail(id), 'records', params] as const,
  record: (id: string, upgradeId: string) =>
    [...installedKeys.detail(id), 'record', upgradeId] as const,
  rollbackPreview: (id: string, upgradeId: string, params: object) =>
    [...installedKeys.detail(id), 'rollback-preview', upgradeId, params] as const,
};
