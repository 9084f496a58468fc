import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import ScheduleIcon from '@mui/icons-material/Schedule';
import SyncIcon from '@mui/icons-material/Sync';
import type { ServerUpgradeStatus } from '@/contract/server-upgrades';
import { IconLabel, type IconLook } from '../detail/icon-label';
import { upgradeStatusLabels } from './record-words';

const looks: Record<ServerUpgradeStatus, IconLook> = {
  preparing: { icon: <SyncIcon fontSize="inherit" />, color: 'info.main' },
  scheduled: { icon: <ScheduleIcon fontSize="inherit" />, color: 'info.main' },
  applying: { icon: <SyncIcon fontSize="inherit" />, color: 'warning.main' },
  completed: { icon: <CheckCircleOutlineIcon fontSize="inherit" />, color: 'success.main' },
  failed: { icon: <ErrorOutlineIcon fontSize="inherit" />, color: 'error.main' },
};

export function UpgradeStatusLabel({ status }: { status: ServerUpgradeStatus }) {
  return <IconLabel look={looks[status]}>{upgradeStatusLabels[status]}</IconLabel>;
}
