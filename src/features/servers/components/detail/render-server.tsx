import type { ReactNode } from 'react';
import type { ServerDetail } from '@/contract/servers';
import { paths, type ServerTab } from '@/config/paths';
import { renderWithProviders } from '@/testing/render';
import { ServerDetailScreen } from './server-detail-screen';

/** Role queries over MUI tables are slow in jsdom, so waits get more time. */
export const SLOW = { timeout: 5000 };

/** The server's page at one tab, with that tab's panel, against the simulator. */
export function renderServer(
  serverId: string,
  tab: ServerTab,
  panel: (server: ServerDetail) => ReactNode,
) {
  return renderWithProviders(<ServerDetailScreen serverId={serverId}>{panel}</ServerDetailScreen>, {
    url: paths.servers.detail.href(serverId, tab),
    path: '/servers/:serverId/*',
  });
}
