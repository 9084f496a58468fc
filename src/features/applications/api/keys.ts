import type { ApplicationListParams } from '@/contract/applications';

/** One hierarchy per resource, so a mutation can invalidate exactly what it changed. */
export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (params: ApplicationListParams) => [...applicationKeys.lists(), params] as const,
  details: () => [...applicationKeys.all, 'detail'] as const,
  detail: (id: string) => [...applicationKeys.details(), id] as const,
  /** Under the detail: invalidating an application also refreshes its access and history. */
  access: (id: string) => [...applicationKeys.detail(id), 'access'] as const,
  history: (id: string) => [...applicationKeys.detail(id), 'history'] as const,
};

/** The identity directory as this feature reads it (names for access lists). */
export const directoryKeys = {
  all: ['directory'] as const,
  users: () => [...directoryKeys.all, 'users'] as const,
  groups: () => [...directoryKeys.all, 'groups'] as const,
};

/** Projects and their released versions, for the list's project filters. */
export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
};
