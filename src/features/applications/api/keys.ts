import type { ApplicationListParams } from '@/contract/applications';
import { queryKeysFactory } from '@/lib/query-keys';

const applications = queryKeysFactory<'applications', ApplicationListParams>('applications');

/** One hierarchy per resource, so a mutation can invalidate exactly what it changed. */
export const applicationKeys = {
  ...applications,
  /** Under the detail: invalidating an application also refreshes its access and history. */
  access: (id: string) => [...applications.detail(id), 'access'] as const,
  history: (id: string) => [...applications.detail(id), 'history'] as const,
};

const directory = queryKeysFactory('directory');

/** The identity directory as this feature reads it (names for access lists). */
export const directoryKeys = {
  ...directory,
  users: () => [...directory.all, 'users'] as const,
  groups: () => [...directory.all, 'groups'] as const,
};

/** Projects and their released versions, for the list's project filters (one list, no params). */
export const projectKeys = queryKeysFactory('projects');
