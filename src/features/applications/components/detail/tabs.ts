import { applicationTabs, paths, type ApplicationTab } from '@/config/paths';

export const tabLabels: Record<ApplicationTab, string> = {
  '': 'Overview',
  services: 'Services',
  infrastructure: 'Infrastructure',
  connectors: 'Connectors',
  access: 'Access',
  work: 'Running work',
  history: 'History',
};

export const TAB_PANEL_ID = 'application-tab-panel';

export function tabId(tab: ApplicationTab): string {
  return `application-tab-${tab || 'overview'}`;
}

/** The tab the URL names; the Overview for the detail page's own URL. */
export function activeTab(pathname: string, applicationId: string): ApplicationTab {
  const path = pathname.replace(/\/+$/, '');
  return (
    applicationTabs.find((tab) => {
      const href = paths.applications.detail.href(applicationId, tab);
      // A tab's own dialogs (…/access/manage) keep it selected.
      return href === path || (tab !== '' && path.startsWith(`${href}/`));
    }) ?? ''
  );
}
