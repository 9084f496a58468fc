import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { PlanEnvironmentStatus } from '@/contract/platform-plans';
import { statusLabels } from './status-text';

function StatusIcon({ status }: { status: PlanEnvironmentStatus }) {
  switch (status) {
    case 'not-started':
      return <RadioButtonUncheckedIcon color="disabled" fontSize="small" aria-hidden="true" />;
    case 'upgrading':
      return <CircularProgress size={16} aria-hidden="true" />;
    case 'failed':
      return <ErrorIcon color="error" fontSize="small" aria-hidden="true" />;
    case 'tested':
      return <TaskAltIcon color="success" fontSize="small" aria-hidden="true" />;
    default:
      return <CheckCircleIcon color="success" fontSize="small" aria-hidden="true" />;
  }
}

/** An environment's status: an icon and its words, never the colour alone. */
export function EnvironmentStatus({ status }: { status: PlanEnvironmentStatus }) {
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
      <StatusIcon status={status} />
      <Typography
        variant="body2"
        sx={{ fontWeight: 600 }}
        color={status === 'failed' ? 'error' : 'textPrimary'}
        data-status={status}
      >
        {statusLabels[status]}
      </Typography>
    </Stack>
  );
}
