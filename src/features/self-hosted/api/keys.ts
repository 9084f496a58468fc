import type { SelfHostedListParams } from '@/contract/self-hosted';
import { queryKeysFactory } from '@/lib/query-keys';

const selfHosted = queryKeysFactory<'self-hosted', SelfHostedListParams>('self-hosted');

/** One hierarchy per self-hosted application, so a mutation invalidates exactly what it changed. */
export const selfHostedKeys = {
  ...selfHosted,
  /** Under the detail: invalidating an application also refreshes its tabs. */
  tenants: (id: string) => [...selfHosted.detail(id), 'tenants'] as const,
  settings: (id: string) => [...selfHosted.detail(id), 'settings'] as const,
  history: (id: string) => [...selfHosted.detail(id), 'history'] as const,
};
