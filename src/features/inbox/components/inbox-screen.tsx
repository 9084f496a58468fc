import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { InboxBox } from '../inbox-params';
import { INBOX_PANEL_ID, InboxTabs, inboxTabId } from './inbox-tabs';

/** The Inbox page: its title, the Events and Archived tabs and the active tab's panel. */
export function InboxScreen({ box, children }: { box: InboxBox; children: ReactNode }) {
  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="h1">Inbox</Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          What happened to your work and your applications: finished and failed operations, and
          messages such as a tenant denying provisioning.
        </Typography>
      </div>
      <InboxTabs active={box} />
      <Box role="tabpanel" id={INBOX_PANEL_ID} aria-labelledby={inboxTabId(box)}>
        {children}
      </Box>
    </Stack>
  );
}
