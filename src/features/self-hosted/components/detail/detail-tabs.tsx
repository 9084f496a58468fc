import { LinkTabs } from '@/components/layout/link-tabs';
import { selfHostedTabs, paths, type SelfHostedTab } from '@/config/paths';
import { TAB_PANEL_ID, tabId, tabLabels } from './tabs';

export function DetailTabs({
  applicationId,
  active,
}: {
  applicationId: string;
  active: SelfHostedTab;
}) {
  return (
    <LinkTabs
      tabs={selfHostedTabs}
      active={active}
      label="Application sections"
      labelOf={(tab) => tabLabels[tab]}
      idOf={tabId}
      hrefOf={(tab) => paths.selfHosted.detail.href(applicationId, tab)}
      panelId={TAB_PANEL_ID}
    />
  );
}
