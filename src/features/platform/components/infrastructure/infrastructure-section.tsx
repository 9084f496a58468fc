import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useId } from 'react';
import { Can } from '@/components/layout/require-permission';
import type { Infrastructure } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';
import { EnvironmentCards } from './environment-cards';
import { EnvironmentTable } from './environment-table';
import { inStagingOrder, lifeTimePlace } from './environment-words';
import { OpenPlan } from './open-plan';
import { PlanUpgradeForm } from './plan-upgrade-form';

const narrowQuery = (theme: Theme) => theme.breakpoints.down('md');

/** One infrastructure: LifeTime, its environments in staging order, and its upgrade plan. */
export function InfrastructureSection({
  infrastructure,
  plans,
}: {
  infrastructure: Infrastructure;
  plans: readonly UpgradePlan[] | undefined;
}) {
  const headingId = useId();
  // Read at once (noSsr), so a phone never renders the table first.
  const narrow = useMediaQuery(narrowQuery, { noSsr: true });
  const environments = inStagingOrder(infrastructure.environments);
  const { lifeTime } = infrastructure;
  const List = narrow ? EnvironmentCards : EnvironmentTable;
  const planId = infrastructure.activePlanId;
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 2.5 }, minWidth: 0 }}
    >
      <Stack spacing={2}>
        <div>
          <Typography id={headingId} component="h2" variant="h2" sx={{ overflowWrap: 'anywhere' }}>
            <bdi>{infrastructure.name}</bdi>
          </Typography>
          <Typography color="textSecondary">
            {`LifeTime ${lifeTime.version} · ${lifeTimePlace(lifeTime, environments)}`}
          </Typography>
        </div>
        <Stack spacing={1}>
          <Typography component="h3" variant="h3">
            Environments in staging order
          </Typography>
          <List label={`${infrastructure.name} environments`} environments={environments} />
        </Stack>
        <Stack spacing={1}>
          <Typography component="h3" variant="h3">
            Upgrade
          </Typography>
          {planId ? (
            <OpenPlan
              infrastructure={infrastructure}
              planId={planId}
              plan={plans?.find((p) => p.id === planId)}
            />
          ) : (
            <>
              <Typography color="textSecondary">No upgrade is planned.</Typography>
              <Can permission="platform:plan">
                <PlanUpgradeForm infrastructure={infrastructure} />
              </Can>
            </>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
