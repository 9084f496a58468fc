import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Infrastructure } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';
import { paths } from '@/config/paths';
import { phaseState, planTitle } from '../plan/plan-words';

/** The plan not finished yet: a link to it, with where its analysis stands. */
export function OpenPlan({
  infrastructure,
  planId,
  plan,
}: {
  infrastructure: Infrastructure;
  planId: string;
  /** Undefined while the plans list has not answered: the link still leads there. */
  plan: UpgradePlan | undefined;
}) {
  return (
    <Typography>
      {'Open plan: '}
      <Link component={RouterLink} to={paths.platform.plan.href(planId)}>
        {plan ? planTitle(plan, infrastructure.name) : 'Open the upgrade plan'}
      </Link>
      {plan ? ` (${phaseState(plan, 'analysis')}, ${phaseState(plan, 'execution')})` : ''}
    </Typography>
  );
}
