import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import SearchOffIcon from '@mui/icons-material/SearchOff';
import { stackSx } from '@/components/layout/stack-sx';

interface EmptyStateProps {
  title: string;
  detail: string;
  action?: ReactNode;
  /** A search with no result by default; e.g. an empty tray for an empty inbox. */
  icon?: ReactNode;
}

export function EmptyState({ title, detail, action, icon }: EmptyStateProps) {
  return (
    <Paper variant="outlined" sx={{ px: 3, py: 6 }}>
      <Box sx={[stackSx(1.5), { alignItems: 'center', textAlign: 'center' }]}>
        {icon ?? (
          <SearchOffIcon aria-hidden="true" sx={{ fontSize: 40, color: 'text.secondary' }} />
        )}
        <Typography component="h2" variant="h3">
          {title}
        </Typography>
        <Typography color="textSecondary" sx={{ maxWidth: 480 }}>
          {detail}
        </Typography>
        {action}
      </Box>
    </Paper>
  );
}
