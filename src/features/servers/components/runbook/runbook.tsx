import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Outlet } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { RefreshFailed } from '@/components/feedback/refresh-failed';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { usePermission } from '@/components/layout/require-permission';
import type { ServerDetail } from '@/contract/servers';
import { useServerUpgrade } from '../../api/get-server-upgrade';
import { useServerReleases } from '../../api/list-server-releases';
import { findRelease, planServerUpgrade } from '../../plan';
import { currentStep, DOWNTIME_STEPS } from '../../runbook';
import type { DowntimeOutletContext } from '../downtime/downtime-outlet';
import { DowntimeGroup } from './downtime-group';
import { FailureNotice } from './failure-notice';
import { RunbookStepItem } from './runbook-step';
import { RunbookSummary } from './runbook-summary';
import type { RunbookView } from './runbook-view';
import { StepAction } from './step-action';
import { stepNotes } from './step-notes';
import { UpgradeCompleted } from './upgrade-completed';
import { useStepAnnouncement } from './use-step-announcement';

function RunbookBody({ view }: { view: RunbookView }) {
  const { upgrade, server } = view;
  const headingId = useId();
  const message = useStepAnnouncement(upgrade.steps);
  const current = upgrade.status === 'completed' ? undefined : currentStep(upgrade.steps)?.id;
  const context: DowntimeOutletContext = { server, upgrade };
  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      <RunbookSummary view={view} />
      {upgrade.status === 'completed' && <UpgradeCompleted view={view} />}
      <Box component="section" aria-labelledby={headingId} sx={{ minWidth: 0 }}>
        <Typography id={headingId} component="h2" variant="h2" sx={{ mb: 1.5 }}>
          Runbook
        </Typography>
        <Box
          component="ol"
          sx={{
            m: 0,
            pl: { xs: 3, sm: 4 },
            display: 'grid',
            gap: 1.5,
            '& > li::marker': { fontWeight: 600, fontSize: '1.1rem' },
          }}
        >
          {upgrade.steps
            .filter((s) => !DOWNTIME_STEPS.includes(s.id))
            .map((step) => (
              <RunbookStepItem
                key={step.id}
                step={step}
                current={step.id === current}
                level="h3"
                note={stepNotes(view, step.id)}
              >
                {step.status === 'failed' && (
                  <FailureNotice key={step.finishedAt ?? ''} view={view} />
                )}
                <StepAction view={view} step={step} />
              </RunbookStepItem>
            ))}
          <DowntimeGroup view={view} current={current} />
        </Box>
      </Box>
      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {message}
      </Box>
      <Outlet context={context} />
    </Stack>
  );
}

/** The runbook of one upgrade, followed live until it is done. */
export function Runbook({ server, upgradeId }: { server: ServerDetail; upgradeId: string }) {
  const upgrade = useServerUpgrade(server.id, upgradeId);
  const releases = useServerReleases();
  const canAct = usePermission('servers:upgrade');
  if (upgrade.isPending) return <PageSkeleton label="Loading the runbook…" />;
  if (!upgrade.data) {
    return (
      <PanelError
        error={upgrade.error}
        onRetry={() => void upgrade.refetch()}
        retrying={upgrade.isFetching}
      />
    );
  }
  const u = upgrade.data;
  const all = releases.data?.items ?? [];
  const release = findRelease(all, u.to);
  const view: RunbookView = {
    server,
    upgrade: u,
    release,
    plan: release ? planServerUpgrade(u.from, u.to, all, server.runners) : undefined,
    canAct,
  };
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      {upgrade.isError && (
        <RefreshFailed
          error={upgrade.error}
          title="The runbook could not be refreshed"
          shown="The steps below are as they were last loaded."
          onRetry={() => void upgrade.refetch()}
          retrying={upgrade.isFetching}
        />
      )}
      <RunbookBody view={view} />
    </Stack>
  );
}
