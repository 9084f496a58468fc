import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import type { PlanEnvironment, UpgradePlan } from '@/contract/platform-plans';
import { STRATEGY_TEXT } from '../../environment-rules';
import { EnvironmentStatus } from './environment-status';
import { nextStepText } from './status-text';

function facts(plan: UpgradePlan, env: PlanEnvironment): string {
  const hosting = env.hosting === 'cloud' ? 'OutSystems Cloud' : 'Self-managed';
  const what = env.kind === 'lifetime' ? 'LifeTime' : STRATEGY_TEXT[env.strategy].label;
  return `${env.fromVersion} → ${plan.to} · ${hosting} · ${what}`;
}

interface Props {
  plan: UpgradePlan;
  /** Staging between environments: the Stage button and the open backports. */
  staging: ReactNode;
}

/**
 * The Execution tab: every environment in the plan's order, its status in words and what is
 * next, each opening its own execution page.
 */
export function ExecutionOverview({ plan, staging }: Props) {
  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      <section aria-labelledby="execution-order">
        <Typography id="execution-order" component="h2" variant="h2" sx={{ mb: 0.5 }}>
          Environments in upgrade order
        </Typography>
        <Typography variant="body2" color="textSecondary" sx={{ mb: 1.5 }}>
          For each environment: the Platform Server, the development tools, then the applications.
        </Typography>
        <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1.5 }}>
          {plan.environments.map((env, index) => (
            <Paper
              component="li"
              key={env.environmentId}
              variant="outlined"
              data-environment={env.environmentId}
              sx={{ p: { xs: 1.5, sm: 2 }, minWidth: 0 }}
            >
              <Stack spacing={0.5}>
                <Typography component="h3" variant="h3" sx={{ overflowWrap: 'anywhere' }}>
                  <Link
                    component={RouterLink}
                    to={paths.platform.execution.href(plan.id, env.environmentId)}
                  >
                    {`${String(index + 1)}. `}
                    <bdi>{env.name}</bdi>
                  </Link>
                </Typography>
                <Typography variant="body2" color="textSecondary">
                  {facts(plan, env)}
                </Typography>
                <Stack
                  direction="row"
                  sx={{ flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, alignItems: 'center' }}
                >
                  <EnvironmentStatus status={env.status} />
                  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {nextStepText(plan, env)}
                  </Typography>
                </Stack>
              </Stack>
            </Paper>
          ))}
        </Box>
      </section>
      {staging}
    </Stack>
  );
}
