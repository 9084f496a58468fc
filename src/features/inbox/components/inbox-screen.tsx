import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { ListScreen } from '@/components/list/list-screen';
import type { InboxBox } from '../inbox-params';
import { INBOX_PANEL_ID, InboxTabs, inboxTabId } from './inbox-tabs';

/** The Inbox page: its title, the Events and Archived tabs and the active tab's panel. */
export function InboxScreen({ box, children }: { box: InboxBox; children: ReactNode }) {
  return (
    <ListScreen
      title="Inbox"
      description="What happened to your work and your applications: finished and failed operations, and messages such as a tenant denying provisioning."
    >
      <InboxTabs active={box} />
      <Box role="tabpanel" id={INBOX_PANEL_ID} aria-labelledby={inboxTabId(box)}>
        {children}
      </Box>
    </ListScreen>
  );
}
