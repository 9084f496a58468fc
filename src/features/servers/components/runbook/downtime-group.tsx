import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DOWNTIME_STEPS } from '../../runbook';
import { DowntimeControl } from './downtime-control';
import { FailureNotice } from './failure-notice';
import { RunbookStepItem } from './runbook-step';
import type { RunbookView } from './runbook-view';
import { StepAction } from './step-action';
import { UnreachableWindow } from './unreachable-window';

/** Step 6, the only one that takes the server down: down → upgrade → up → check → version. */
export function DowntimeGroup({
  view,
  current,
}: {
  view: RunbookView;
  current: string | undefined;
}) {
  const { upgrade } = view;
  const steps = upgrade.steps.filter((s) => DOWNTIME_STEPS.includes(s.id));
  const inGroup = steps.some((s) => s.id === current);
  return (
    <Box
      component="li"
      sx={{
        borderLeft: 3,
        borderColor: inGroup ? 'primary.main' : 'divider',
        pl: { xs: 1.5, sm: 2 },
        py: 1,
        minWidth: 0,
      }}
    >
      <Stack spacing={1.5} sx={{ minWidth: 0 }}>
        <Typography component="h3" variant="h3">
          Update images
        </Typography>
        <Typography variant="body2">
          Nothing before this step takes <bdi>{upgrade.project}</bdi> down. From down until up,{' '}
          <bdi>{upgrade.project}</bdi> is unreachable: every service stops until all have started
          again.
        </Typography>
        <DowntimeControl view={view} />
        <UnreachableWindow upgrade={upgrade} />
        <Box
          component="ol"
          aria-label="Update images steps"
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}
        >
          {steps.map((step) => (
            <RunbookStepItem key={step.id} step={step} current={step.id === current} level="h4">
              {step.status === 'failed' && (
                <FailureNotice key={step.finishedAt ?? ''} view={view} />
              )}
              <StepAction view={view} step={step} />
            </RunbookStepItem>
          ))}
        </Box>
      </Stack>
    </Box>
  );
}
