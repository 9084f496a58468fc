import type { ReactElement } from 'react';
import Box from '@mui/material/Box';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import HistoryIcon from '@mui/icons-material/History';
import RuleIcon from '@mui/icons-material/Rule';
import SyncIcon from '@mui/icons-material/Sync';
import type { UpgradeStatus } from '@/contract/template-upgrades';
import { upgradeStatusLabels } from '../../upgrade-status';

const looks: Record<UpgradeStatus, { icon: ReactElement; color: string }> = {
  upgrading: { icon: <SyncIcon fontSize="inherit" />, color: 'info.main' },
  upgraded: { icon: <CheckCircleOutlineIcon fontSize="inherit" />, color: 'success.main' },
  'partially-upgraded': { icon: <RuleIcon fontSize="inherit" />, color: 'warning.main' },
  failed: { icon: <ErrorOutlineIcon fontSize="inherit" />, color: 'error.main' },
  'rolling-back': { icon: <SyncIcon fontSize="inherit" />, color: 'info.main' },
  'rolled-back': { icon: <HistoryIcon fontSize="inherit" />, color: 'text.secondary' },
  'rollback-failed': { icon: <ErrorOutlineIcon fontSize="inherit" />, color: 'error.main' },
};

/** An upgrade's status: icon and the word for it, never colour alone. */
export function UpgradeStatusLabel({ status }: { status: UpgradeStatus }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center' }}>
      <Box
        component="span"
        aria-hidden="true"
        sx={{ color: looks[status].color, display: 'inline-flex', fontSize: 18 }}
      >
        {looks[status].icon}
      </Box>
      <span>{upgradeStatusLabels[status]}</span>
    </Box>
  );
}
