import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import HistoryIcon from '@mui/icons-material/History';
import NewReleasesOutlinedIcon from '@mui/icons-material/NewReleasesOutlined';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import SyncIcon from '@mui/icons-material/Sync';
import Chip, { type ChipProps } from '@mui/material/Chip';
import type { ReactElement } from 'react';
import type { AppVersionStatus } from '@/contract/self-hosted';
import { statusLabels } from './version-text';

const looks: Record<AppVersionStatus, { icon: ReactElement; color: ChipProps['color'] }> = {
  available: { icon: <NewReleasesOutlinedIcon />, color: 'default' },
  registering: { icon: <SyncIcon />, color: 'info' },
  registered: { icon: <ScienceOutlinedIcon />, color: 'secondary' },
  switching: { icon: <SwapHorizIcon />, color: 'info' },
  active: { icon: <CheckCircleIcon />, color: 'success' },
  inactive: { icon: <HistoryIcon />, color: 'default' },
  failed: { icon: <ErrorOutlineIcon />, color: 'error' },
};

/** Icon and words as well as colour, so a status never depends on colour alone. */
export function VersionStatusChip({ status }: { status: AppVersionStatus }) {
  const { icon, color } = looks[status];
  return (
    <Chip
      size="small"
      variant={status === 'active' ? 'filled' : 'outlined'}
      icon={icon}
      color={color}
      label={statusLabels[status]}
    />
  );
}
