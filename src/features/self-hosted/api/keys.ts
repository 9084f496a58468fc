import type { SelfHostedListParams } from '@/contract/self-hosted';

/** One hierarchy per self-hosted application, so a mutation invalidates exactly what it changed. */
export const selfHostedKeys = {
  all: ['self-hosted'] as const,
  lists: () => [...selfHostedKeys.all, 'list'] as const,
  list: (params: SelfHostedListParams) => [...selfHostedKeys.lists(), params] as const,
  details: () => [...selfHostedKeys.all, 'detail'] as const,
  detail: (id: string) => [...selfHostedKeys.details(), id] as const,
  /** Under the detail: invalidating an application also refreshes its tabs. */
  tenants: (id: string) => [...selfHostedKeys.detail(id), 'tenants'] as const,
  settings: (id: string) => [...selfHostedKeys.detail(id), 'settings'] as const,
  history: (id: string) => [...selfHostedKeys.detail(id), 'history'] as const,
};
