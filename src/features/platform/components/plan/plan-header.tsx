import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Infrastructure } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';
import { absoluteTime } from '@/lib/format';
import { planTitle, publishModeLabels, publishModeReason } from './plan-words';

/** The plan's title, the versions it crosses and how applications are published after it. */
export function PlanHeader({
  plan,
  infrastructure,
}: {
  plan: UpgradePlan;
  infrastructure: Infrastructure;
}) {
  const crossed = plan.crossed.join(', ');
  return (
    <Stack spacing={1.5}>
      <div>
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {planTitle(plan, infrastructure.name)}
        </Typography>
        <Typography variant="body2" color="textSecondary" sx={{ mt: 0.25 }}>
          {`From ${plan.from} to ${plan.to}`}
          {crossed ? `, crossing ${crossed}` : ''}
          {` · planned by `}
          <bdi>{plan.createdBy.name}</bdi>
          {` on ${absoluteTime(plan.createdAt)}`}
          {plan.status === 'done' ? ' · Done' : ''}
        </Typography>
      </div>
      <Alert severity="info" variant="outlined" role="note">
        <AlertTitle>{publishModeLabels[plan.publishMode]}</AlertTitle>
        {publishModeReason(plan)}
      </Alert>
    </Stack>
  );
}
