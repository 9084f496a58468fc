import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { OperationStep, StepStatus } from '@/contract/operations';

/** A step's status in words, beside its icon: never the colour alone. */
export const stepStatusLabel: Record<StepStatus, string> = {
  pending: 'Waiting',
  running: 'In progress',
  done: 'Done',
  failed: 'Failed',
  skipped: 'Skipped',
};

export function StepIcon({ status }: { status: StepStatus }) {
  switch (status) {
    case 'done':
      return <CheckCircleIcon color="success" fontSize="small" />;
    case 'failed':
      return <ErrorIcon color="error" fontSize="small" />;
    case 'running':
      return <CircularProgress size={18} aria-hidden />;
    case 'skipped':
      return <RemoveCircleOutlineIcon color="disabled" fontSize="small" />;
    default:
      return <RadioButtonUncheckedIcon color="disabled" fontSize="small" />;
  }
}

export function OperationSteps({ steps }: { steps: OperationStep[] }) {
  return (
    <List dense aria-label="Steps" disablePadding>
      {steps.map((step) => (
        <ListItem key={step.id} disableGutters>
          <ListItemIcon sx={{ minWidth: 32 }}>
            <StepIcon status={step.status} />
          </ListItemIcon>
          <ListItemText
            primary={step.title}
            secondary={stepStatusLabel[step.status]}
            slotProps={{
              primary: {
                variant: 'body2',
                sx: { fontWeight: step.status === 'running' ? 600 : 400 },
              },
            }}
          />
        </ListItem>
      ))}
    </List>
  );
}
