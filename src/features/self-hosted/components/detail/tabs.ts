import { paths, selfHostedTabs, type SelfHostedTab } from '@/config/paths';

export const tabLabels: Record<SelfHostedTab, string> = {
  '': 'Versions',
  tenants: 'Tenants',
  settings: 'Settings',
  history: 'History',
};

export const TAB_PANEL_ID = 'self-hosted-tab-panel';

export function tabId(tab: SelfHostedTab): string {
  return `self-hosted-tab-${tab || 'versions'}`;
}

/** The tab the URL names; Versions for the page's own URL and the Versions tab's dialogs. */
export function activeTab(pathname: string, applicationId: string): SelfHostedTab {
  const path = pathname.replace(/\/+$/, '');
  return (
    selfHostedTabs.find((tab) => {
      if (tab === '') return false;
      const href = paths.selfHosted.detail.href(applicationId, tab);
      return href === path || path.startsWith(`${href}/`);
    }) ?? ''
  );
}
