import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SectionCard } from '@/components/layout/section-card';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { stepTitles } from '../../runbook';
import { CommandList } from '../runbook/command-list';
import { StepLog } from '../runbook/step-log';
import { StepState } from '../runbook/step-state';

/** The seed's steps in order, each with its exact commands, state, times and log. */
export function RecordSteps({ upgrade }: { upgrade: ServerUpgrade }) {
  return (
    <SectionCard title="Steps">
      <Box
        component="ol"
        aria-label="Steps, in the runbook's order"
        sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 2 }}
      >
        {upgrade.steps.map((step, index) => {
          const title = stepTitles[step.id];
          return (
            <Stack
              component="li"
              key={step.id}
              spacing={1}
              sx={{
                minWidth: 0,
                borderTop: index === 0 ? 0 : 1,
                borderColor: 'divider',
                pt: index === 0 ? 0 : 2,
              }}
            >
              <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
                {String(index + 1)}. {title}
              </Typography>
              <StepState step={step} />
              <CommandList commands={step.commands} label={`Commands of ${title}`} />
              {step.log.length === 0 ? null : (
                <StepLog lines={step.log} label={`Log of ${title}`} />
              )}
            </Stack>
          );
        })}
      </Box>
    </SectionCard>
  );
}
