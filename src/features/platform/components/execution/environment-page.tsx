import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { BackLink } from '@/components/layout/back-link';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import type { PlanOutlet } from '../plan/plan-outlet';
import { EnvironmentExecution } from './environment-execution';

/** One environment's execution page, or a way back when the plan has no such environment. */
export function EnvironmentPage({
  plan,
  infrastructure,
  environmentId,
}: PlanOutlet & { environmentId: string }) {
  const canAct = usePermission('platform:plan');
  const env = plan.environments.find((e) => e.environmentId === environmentId);
  if (!env)
    return (
      <Stack spacing={2}>
        <BackLink to={paths.platform.plan.href(plan.id, 'execution')}>All environments</BackLink>
        <Alert severity="warning">
          This plan upgrades no environment at this address: pick one from the Execution tab.
        </Alert>
      </Stack>
    );
  const environment = infrastructure.environments.find((e) => e.id === environmentId);
  return <EnvironmentExecution view={{ plan, env, environment, infrastructure, canAct }} />;
}
