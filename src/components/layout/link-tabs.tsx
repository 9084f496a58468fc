import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';

interface LinkTabsProps<T extends string> {
  tabs: readonly T[];
  active: T;
  label: string;
  /** A tab's words; a node when it says more than its name (a phase and its state). */
  labelOf: (tab: T) => ReactNode;
  idOf: (tab: T) => string;
  hrefOf: (tab: T) => string;
  /** The id of the one panel the active tab controls. */
  panelId: string;
}

/**
 * Tabs that are links: each section has its own URL, so Back and deep links work. The list's
 * query string rides along in the history state, so a "Back to the list" link still finds it.
 */
export function LinkTabs<T extends string>(props: LinkTabsProps<T>) {
  const { tabs, active, label, labelOf, idOf, hrefOf, panelId } = props;
  const listState: unknown = useLocation().state;
  return (
    <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Tabs
        value={active}
        aria-label={label}
        variant="scrollable"
        scrollButtons="auto"
        allowScrollButtonsMobile
      >
        {tabs.map((tab) => (
          <Tab
            key={idOf(tab)}
            value={tab}
            label={labelOf(tab)}
            id={idOf(tab)}
            aria-controls={tab === active ? panelId : undefined}
            component={RouterLink}
            to={hrefOf(tab)}
            state={listState}
          />
        ))}
      </Tabs>
    </Box>
  );
}
