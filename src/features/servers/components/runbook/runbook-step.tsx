import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { RunbookStep } from '@/contract/server-upgrades';
import { stepTitles } from '../../runbook';
import { CommandList } from './command-list';
import { StepLog } from './step-log';
import { StepState } from './step-state';
import { stepLabels } from './step-text';

interface Props {
  step: RunbookStep;
  current: boolean;
  /** h3 for the seed's numbered steps, h4 inside step 6. */
  level: 'h3' | 'h4';
  /** What the step needs to know beyond its title, e.g. "Needs root". */
  note?: ReactNode;
  /** What the person does here now, if anything. */
  children?: ReactNode;
}

/** One step of the runbook: its title, live state, exact commands, log and action. */
export function RunbookStepItem({ step, current, level, note, children }: Props) {
  const label = stepLabels[step.id];
  return (
    <Box
      component="li"
      aria-current={current ? 'step' : undefined}
      data-step={step.id}
      sx={{
        borderLeft: 3,
        borderColor: current ? 'primary.main' : step.status === 'failed' ? 'error.main' : 'divider',
        pl: { xs: 1.5, sm: 2 },
        py: 1,
        minWidth: 0,
      }}
    >
      <Stack spacing={1} sx={{ minWidth: 0 }}>
        <Stack
          direction="row"
          sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, alignItems: 'baseline' }}
        >
          <Typography component={level} variant={level === 'h3' ? 'h3' : 'subtitle1'}>
            {label}
          </Typography>
          <StepState step={step} />
        </Stack>
        {stepTitles[step.id] !== label && (
          <Typography variant="body2" color="textSecondary">
            {`${stepTitles[step.id]}.`}
          </Typography>
        )}
        {note}
        <CommandList commands={step.commands} label={`${label} commands`} />
        <StepLog lines={step.log} label={`${label} log`} />
        {children}
      </Stack>
    </Box>
  );
}
