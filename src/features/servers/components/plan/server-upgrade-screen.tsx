import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { BackLink } from '@/components/layout/back-link';
import { paths } from '@/config/paths';
import { useServer } from '../../api/get-server';
import { Runbook } from '../runbook/runbook';
import { UpgradePlan } from './upgrade-plan';

interface Props {
  serverId: string;
  /** The `to` of the URL; the latest release when absent. */
  to: string | null;
}

/**
 * /servers/:serverId/upgrade: the plan while the server has no unfinished upgrade, its runbook
 * once it has one (so a reload mid-runbook resumes), and that runbook still once it completes.
 */
export function ServerUpgradeScreen({ serverId, to }: Props) {
  const server = useServer(serverId);
  // The upgrade this page follows: kept after it completes, when the server no longer names it.
  const [followed, setFollowed] = useState<string | null>(null);
  const active = server.data?.activeUpgradeId ?? null;
  if (active && active !== followed) setFollowed(active);

  if (server.isPending) return <PageSkeleton />;
  if (!server.data) {
    return (
      <PanelError
        error={server.error}
        onRetry={() => void server.refetch()}
        retrying={server.isFetching}
      />
    );
  }
  const s = server.data;
  const upgradeId = active ?? followed;
  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      <BackLink to={paths.servers.detail.href(s.id)}>{s.name}</BackLink>
      <div>
        <Typography component="h1" variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {`Upgrade ${s.name}`}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography color="textSecondary">
            {'Project '}
            <bdi>{s.project}</bdi>
            {s.packageVersion
              ? `, package ${s.packageVersion}, script ${s.scriptVersion}`
              : `: no images pulled yet, script ${s.scriptVersion}`}
          </Typography>
          {s.state === 'down' && <Chip size="small" color="error" label="Down: unreachable" />}
        </Stack>
      </div>
      {upgradeId ? (
        <Runbook key={upgradeId} server={s} upgradeId={upgradeId} />
      ) : (
        <UpgradePlan server={s} to={to ?? s.latestVersion} onStarted={setFollowed} />
      )}
    </Stack>
  );
}
