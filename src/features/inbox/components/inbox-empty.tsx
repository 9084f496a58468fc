import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';

interface InboxEmptyProps {
  title: string;
  detail: string;
  action?: ReactNode;
}

/** An empty tab of the Inbox: an empty tray, not the "no search results" of the lists. */
export function InboxEmpty({ title, detail, action }: InboxEmptyProps) {
  return (
    <Paper variant="outlined" sx={{ px: 3, py: 6 }}>
      <Stack spacing={1.5} sx={{ alignItems: 'center', textAlign: 'center' }}>
        <InboxOutlinedIcon aria-hidden="true" sx={{ fontSize: 40, color: 'text.secondary' }} />
        <Typography component="h2" variant="h3">
          {title}
        </Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 480 }}>
          {detail}
        </Typography>
        {action}
      </Stack>
    </Paper>
  );
}
