import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import StopCircleOutlinedIcon from '@mui/icons-material/StopCircleOutlined';
import type { ServiceStatus } from '@/contract/servers';
import { IconLabel, type IconLook } from '../detail/icon-label';

export const serviceStatusLabels: Record<ServiceStatus, string> = {
  healthy: 'Healthy',
  unhealthy: 'Unhealthy',
  stopped: 'Stopped',
  unknown: 'Not checked',
};

const looks: Record<ServiceStatus, IconLook> = {
  healthy: { icon: <CheckCircleOutlineIcon fontSize="inherit" />, color: 'success.main' },
  unhealthy: { icon: <ErrorOutlineIcon fontSize="inherit" />, color: 'error.main' },
  stopped: { icon: <StopCircleOutlinedIcon fontSize="inherit" />, color: 'text.secondary' },
  unknown: { icon: <HelpOutlineIcon fontSize="inherit" />, color: 'text.secondary' },
};

/** A service's status as the last `check` saw it. */
export function ServiceStatusLabel({ status }: { status: ServiceStatus }) {
  return <IconLabel look={looks[status]}>{serviceStatusLabels[status]}</IconLabel>;
}
