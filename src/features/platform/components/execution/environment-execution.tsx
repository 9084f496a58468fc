import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { BackLink } from '@/components/layout/back-link';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { paths } from '@/config/paths';
import { SectionCard } from '@/components/layout/section-card';
import { ApplicationsStep } from './applications-step';
import { DevToolsStep } from './dev-tools-step';
import { EnvironmentStatus } from './environment-status';
import type { ExecutionView } from './execution-view';
import { PlatformStep } from './platform-step';
import { useChangeAnnouncement } from './use-change-announcement';
import { nextStepText, statusLabels } from './status-text';

/** One environment's execution: the seed's three steps, followed live. */
export function EnvironmentExecution({ view }: { view: ExecutionView }) {
  const { plan, env } = view;
  const next = nextStepText(plan, env);
  const key = [
    env.status,
    env.execution.status,
    env.modulePreparation?.status,
    env.publication?.status,
  ].join(' ');
  const announced = useChangeAnnouncement(key, `${env.name}: ${statusLabels[env.status]}. ${next}`);
  return (
    <Stack spacing={2.5} sx={{ minWidth: 0 }}>
      <BackLink to={paths.platform.plan.href(plan.id, 'execution')}>All environments</BackLink>
      <div>
        <Typography component="h2" variant="h2" sx={{ overflowWrap: 'anywhere' }}>
          <bdi>{env.name}</bdi>
          {`: ${env.fromVersion} → ${plan.to}`}
        </Typography>
        <Stack
          direction="row"
          sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, alignItems: 'center', mt: 0.5 }}
        >
          <EnvironmentStatus status={env.status} />
          <Typography variant="body2">{next}</Typography>
        </Stack>
      </div>
      <PlatformStep view={view} />
      {env.kind === 'application' && (
        <>
          <DevToolsStep view={view} />
          <SectionCard level="h3" named title="Step 3. Upgrade the applications">
            <ApplicationsStep view={view} />
          </SectionCard>
        </>
      )}
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {announced}
      </Box>
    </Stack>
  );
}
