import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink, useLocation } from 'react-router';
import { paths, selfHostedTabs, type SelfHostedTab } from '@/config/paths';
import { TAB_PANEL_ID, tabId, tabLabels } from './tabs';

/** Tabs that are links: each section has its own URL, so Back and deep links work. */
export function DetailTabs({
  applicationId,
  active,
}: {
  applicationId: string;
  active: SelfHostedTab;
}) {
  // The list's query string rides along, so "Back to My Applications" still finds it.
  const listState: unknown = useLocation().state;
  return (
    <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Tabs
        value={active}
        aria-label="Application sections"
        variant="scrollable"
        scrollButtons="auto"
        allowScrollButtonsMobile
      >
        {selfHostedTabs.map((tab) => (
          <Tab
            key={tab || 'versions'}
            value={tab}
            label={tabLabels[tab]}
            id={tabId(tab)}
            aria-controls={tab === active ? TAB_PANEL_ID : undefined}
            component={RouterLink}
            to={paths.selfHosted.detail.href(applicationId, tab)}
            state={listState}
          />
        ))}
      </Tabs>
    </Box>
  );
}
