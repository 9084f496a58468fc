import type { ServerListParams } from '@/contract/servers';
import { queryKeysFactory } from '@/lib/query-keys';

const servers = queryKeysFactory<'servers', ServerListParams>('servers');

/** One hierarchy for servers, so a mutation can invalidate exactly what it changed. */
export const serverKeys = {
  ...servers,
  /** Under the detail: invalidating a server also refreshes what hangs off it. */
  configuration: (id: string) => [...servers.detail(id), 'configuration'] as const,
  plan: (id: string, to: string) => [...servers.detail(id), 'plan', to] as const,
  upgrades: (id: string) => [...servers.detail(id), 'upgrades'] as const,
  upgrade: (id: string, upgradeId: string) =>
    [...servers.detail(id), 'upgrades', upgradeId] as const,
  history: (id: string) => [...servers.detail(id), 'history'] as const,
  /** Releases belong to no server. */
  releases: () => [...servers.all, 'releases'] as const,
};
