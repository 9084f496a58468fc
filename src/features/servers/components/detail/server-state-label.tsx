import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import CloudOffIcon from '@mui/icons-material/CloudOffOutlined';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import type { ServerState } from '@/contract/servers';
import { IconLabel, type IconLook } from './icon-label';

export const serverStateLabels: Record<ServerState, string> = {
  running: 'Running',
  down: 'Down (unreachable)',
  'never-pulled': 'Never pulled',
};

const looks: Record<ServerState, IconLook> = {
  running: { icon: <CheckCircleOutlineIcon fontSize="inherit" />, color: 'success.main' },
  down: { icon: <CloudOffIcon fontSize="inherit" />, color: 'error.main' },
  'never-pulled': { icon: <HourglassEmptyIcon fontSize="inherit" />, color: 'text.secondary' },
};

/** Whether the server serves its users. */
export function ServerStateLabel({ state }: { state: ServerState }) {
  return <IconLabel look={looks[state]}>{serverStateLabels[state]}</IconLabel>;
}
