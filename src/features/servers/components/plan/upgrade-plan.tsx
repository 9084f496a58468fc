import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { Can } from '@/components/layout/require-permission';
import type { ServerDetail } from '@/contract/servers';
import { isApiError } from '@/lib/problem';
import { useServerUpgradePlan } from '../../api/get-server-upgrade-plan';
import { PlanChecklist } from './plan-checklist';
import { PlanOverview } from './plan-overview';
import { ReleaseLinks } from './release-links';
import { StartUpgrade } from './start-upgrade';

interface Props {
  server: ServerDetail;
  to: string;
  onStarted: (upgradeId: string) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} component="h2" variant="h2" sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** The plan for `to`: what changes, one checklist, then how to walk it and Start. */
export function UpgradePlan({ server, to, onStarted }: Props) {
  const plan = useServerUpgradePlan(server.id, to);
  if (plan.isPending) return <PageSkeleton label="Reading the releases…" />;
  if (!plan.data) {
    if (isApiError(plan.error) && plan.error.status === 422) {
      // An unknown version starts nothing: the server names the released ones.
      return (
        <Stack spacing={2}>
          <Alert severity="error">
            <AlertTitle>{plan.error.title}</AlertTitle>
            {plan.error.detail}
          </Alert>
          <ReleaseLinks server={server} label="Pick a released version:" />
        </Stack>
      );
    }
    return (
      <PanelError
        error={plan.error}
        onRetry={() => void plan.refetch()}
        retrying={plan.isFetching}
      />
    );
  }
  const p = plan.data;
  if (p.direction === 'same') {
    return (
      <Stack spacing={2}>
        <Alert severity="success">
          <bdi>{server.project}</bdi>
          {` already runs ${p.target}: there is nothing to upgrade.`}
        </Alert>
        <ReleaseLinks server={server} label="Other released versions:" />
      </Stack>
    );
  }
  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      <PlanOverview plan={p} server={server} />
      <Section title="Before anything runs">
        <PlanChecklist plan={p} />
      </Section>
      <Section title="Start">
        <Can
          permission="servers:upgrade"
          fallback={
            <Alert severity="info">
              Starting an upgrade needs the Administrator or Operator role.
            </Alert>
          }
        >
          <StartUpgrade key={p.target} server={server} plan={p} onStarted={onStarted} />
        </Can>
      </Section>
    </Stack>
  );
}
