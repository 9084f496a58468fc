import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import type { InboxBox } from '../inbox-params';

export const INBOX_PANEL_ID = 'inbox-tab-panel';
export const inboxTabId = (box: InboxBox) => `inbox-tab-${box === 'inbox' ? 'events' : box}`;

const tabs: { box: InboxBox; label: string; href: string }[] = [
  { box: 'inbox', label: 'Events', href: paths.inbox.href() },
  { box: 'archived', label: 'Archived', href: paths.inbox.href('archived') },
];

/** Events and Archived: tabs that are links, each at its own URL. */
export function InboxTabs({ active }: { active: InboxBox }) {
  return (
    <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Tabs value={active} aria-label="Inbox">
        {tabs.map(({ box, label, href }) => (
          <Tab
            key={box}
            value={box}
            label={label}
            id={inboxTabId(box)}
            aria-controls={box === active ? INBOX_PANEL_ID : undefined}
            component={RouterLink}
            to={href}
          />
        ))}
      </Tabs>
    </Box>
  );
}
