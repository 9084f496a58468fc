import { paths, serverTabs, type ServerTab } from '@/config/paths';

export const tabLabels: Record<ServerTab, string> = {
  '': 'Installation',
  upgrades: 'Upgrades',
  history: 'History',
};

export const TAB_PANEL_ID = 'server-tab-panel';

export function tabId(tab: ServerTab): string {
  return `server-tab-${tab || 'installation'}`;
}

/** The tab the URL names; the installation for the page's own URL. */
export function activeTab(pathname: string, serverId: string): ServerTab {
  const rest = pathname.slice(paths.servers.detail.href(serverId).length).replace(/^\/|\/$/g, '');
  return serverTabs.find((tab) => tab === rest) ?? '';
}
