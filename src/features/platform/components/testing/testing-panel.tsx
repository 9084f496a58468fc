import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { usePermission } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import type { PlanEnvironment, UpgradePlan } from '@/contract/platform-plans';
import { EnvironmentStatus } from '../execution/environment-status';
import { localTime } from '../execution/schedule-text';
import { TestingForm } from './testing-form';

/**
 * Ready to be tested: its applications published in the new version, or, publishing gradually,
 * its modules prepared (the applications are then published at the teams' pace).
 */
const testable = (plan: UpgradePlan, env: PlanEnvironment) =>
  env.status === 'published' ||
  (env.status === 'upgraded' &&
    plan.publishMode === 'gradual' &&
    env.modulePreparation?.status === 'done');

function TestingRecord({ env }: { env: PlanEnvironment }) {
  const t = env.testing;
  if (!t) return null;
  const checks = [t.hotPoints && 'hot-points tested', t.errorLogClean && 'Error Log checked']
    .filter(Boolean)
    .join(', ');
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2">{`Tested by ${t.testedBy.name}, ${localTime(t.testedAt)}: ${checks}.`}</Typography>
      {t.note && (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          <bdi>{t.note}</bdi>
        </Typography>
      )}
    </Stack>
  );
}

interface Props {
  plan: UpgradePlan;
}

/**
 * The seed's Testing phase, per environment: the hot-points tested and Service Center's Error Log
 * checked. An environment is done once tested; Production waits for one.
 */
export function TestingPanel({ plan }: Props) {
  const canAct = usePermission('platform:plan');
  const envs = plan.environments.filter((e) => e.kind === 'application');
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <Typography component="h2" variant="h2">
        Testing
      </Typography>
      <Typography variant="body2" color="textSecondary">
        After publishing your applications in the new version, create and run tests to ensure that
        your applications' hot-points aren't affected by the upgrade, and check for application
        errors or background issues in Service Center's Error Log.
      </Typography>
      <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1.5 }}>
        {envs.map((env) => (
          <Paper
            component="li"
            key={env.environmentId}
            variant="outlined"
            sx={{ p: { xs: 1.5, sm: 2 }, minWidth: 0 }}
          >
            <Stack spacing={1}>
              <Typography component="h3" variant="h3">
                <bdi>{env.name}</bdi>
              </Typography>
              <EnvironmentStatus status={env.status} />
              {env.status === 'tested' ? (
                <TestingRecord env={env} />
              ) : testable(plan, env) ? (
                canAct ? (
                  <TestingForm planId={plan.id} env={env} />
                ) : (
                  <Typography variant="body2">Waiting for its tests.</Typography>
                )
              ) : (
                <Typography variant="body2">
                  {'Test it once its applications are published in the new version ('}
                  <Link
                    component={RouterLink}
                    to={paths.platform.execution.href(plan.id, env.environmentId)}
                  >
                    {`${env.name}'s execution`}
                  </Link>
                  ).
                </Typography>
              )}
            </Stack>
          </Paper>
        ))}
      </Box>
    </Stack>
  );
}
