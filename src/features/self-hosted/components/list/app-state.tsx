import type { ReactElement } from 'react';
import Box from '@mui/material/Box';
import BlockIcon from '@mui/icons-material/Block';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import type { SelfHostedApplication } from '@/contract/self-hosted';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { stateLines, type StateKind } from '../../state-text';

const looks: Record<StateKind, { icon: ReactElement; color: string }> = {
  switching: { icon: <SyncIcon fontSize="inherit" />, color: 'info.main' },
  registering: { icon: <HourglassTopIcon fontSize="inherit" />, color: 'info.main' },
  registered: { icon: <ScienceOutlinedIcon fontSize="inherit" />, color: 'text.primary' },
  'no-access': { icon: <BlockIcon fontSize="inherit" />, color: 'error.main' },
};

/**
 * Registration, switch and tenants without access: icon and words, never colour alone. When
 * there is nothing to say: a dash ("Nothing in progress" for screen readers), or nothing `quiet`.
 */
export function AppState({ app, quiet = false }: { app: SelfHostedApplication; quiet?: boolean }) {
  const lines = stateLines(app);
  if (lines.length === 0) {
    if (quiet) return null;
    return (
      <>
        <Box component="span" aria-hidden="true" sx={{ color: 'text.secondary' }}>
          —
        </Box>
        <Box component="span" sx={visuallyHidden}>
          Nothing in progress
        </Box>
      </>
    );
  }
  return (
    <Box component="span" sx={{ display: 'grid', gap: 0.25 }}>
      {lines.map(({ kind, text }) => (
        <Box
          component="span"
          key={kind}
          sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start', fontWeight: 400 }}
        >
          <Box
            component="span"
            aria-hidden="true"
            sx={{ color: looks[kind].color, display: 'inline-flex', fontSize: 16, mt: '2px' }}
          >
            {looks[kind].icon}
          </Box>
          <span>{text}</span>
        </Box>
      ))}
    </Box>
  );
}
