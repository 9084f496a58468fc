import { LinkTabs } from '@/components/layout/link-tabs';
import { applicationTabs, paths, type ApplicationTab } from '@/config/paths';
import { TAB_PANEL_ID, tabId, tabLabels } from './tabs';

export function DetailTabs({
  applicationId,
  active,
}: {
  applicationId: string;
  active: ApplicationTab;
}) {
  return (
    <LinkTabs
      tabs={applicationTabs}
      active={active}
      label="Application sections"
      labelOf={(tab) => tabLabels[tab]}
      idOf={tabId}
      hrefOf={(tab) => paths.applications.detail.href(applicationId, tab)}
      panelId={TAB_PANEL_ID}
    />
  );
}
