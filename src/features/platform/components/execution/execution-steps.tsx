import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { StepIcon, stepStatusLabel } from '@/components/operation/operation-steps';
import type { PlanEnvironment } from '@/contract/platform-plans';
import { currentStepId } from './execution-view';

/**
 * The Platform Server's steps in the seed's order (the seven zero-downtime steps, the cloud
 * request's three…), the one it is at marked `aria-current="step"`, each status in words.
 */
export function ExecutionSteps({ env, label }: { env: PlanEnvironment; label: string }) {
  const current = currentStepId(env);
  const labelId = useId();
  return (
    <div>
      <Typography id={labelId} component="h4" variant="subtitle1" sx={{ mb: 0.5 }}>
        {label}
      </Typography>
      <Box
        component="ol"
        aria-labelledby={labelId}
        sx={{ m: 0, pl: { xs: 3, sm: 4 }, display: 'grid', gap: 0.75 }}
      >
        {env.execution.steps.map((step) => {
          const here = step.id === current;
          return (
            <Box
              component="li"
              key={step.id}
              aria-current={here ? 'step' : undefined}
              sx={{
                pl: 1,
                borderLeft: 3,
                borderColor: !here
                  ? 'transparent'
                  : step.status === 'failed'
                    ? 'error.main'
                    : 'primary.main',
              }}
            >
              <Typography variant="body2" sx={{ fontWeight: here ? 600 : 400 }}>
                {step.title}
              </Typography>
              <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
                <StepIcon status={step.status} />
                <Typography
                  variant="body2"
                  color={step.status === 'failed' ? 'error' : 'textSecondary'}
                >
                  {stepStatusLabel[step.status]}
                  {step.detail ? ` · ${step.detail}` : ''}
                </Typography>
              </Stack>
            </Box>
          );
        })}
      </Box>
    </div>
  );
}
