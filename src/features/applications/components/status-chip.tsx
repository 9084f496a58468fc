import type { ReactElement } from 'react';
import Chip, { type ChipProps } from '@mui/material/Chip';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import StopCircleOutlinedIcon from '@mui/icons-material/StopCircleOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import UpgradeIcon from '@mui/icons-material/Upgrade';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ApplicationStatus } from '@/contract/applications';
import { statusLabels } from './labels';

const looks: Record<ApplicationStatus, { icon: ReactElement; color: ChipProps['color'] }> = {
  running: { icon: <CheckCircleOutlinedIcon />, color: 'success' },
  deploying: { icon: <SyncIcon />, color: 'info' },
  upgrading: { icon: <UpgradeIcon />, color: 'info' },
  degraded: { icon: <WarningAmberIcon />, color: 'warning' },
  failed: { icon: <ErrorOutlineIcon />, color: 'error' },
  stopped: { icon: <StopCircleOutlinedIcon />, color: 'default' },
};

/** Icon and word as well as colour, so status never depends on colour alone. */
export function StatusChip({ status }: { status: ApplicationStatus }) {
  const { icon, color } = looks[status];
  return (
    <Chip size="small" variant="outlined" icon={icon} color={color} label={statusLabels[status]} />
  );
}
