import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PageQuery } from '@/components/feedback/page-query';
import { BackLink } from '@/components/layout/back-link';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import { paths } from '@/config/paths';
import { useServerUpgrade } from '../../api/get-server-upgrade';
import { DowntimeWindow } from './downtime-window';
import { HashComparison } from './hash-comparison';
import { RecordLive } from './record-live';
import { RecordSteps } from './record-steps';
import { RecordSummary } from './record-summary';
import { upgradeTitle } from './record-words';

interface Props {
  serverId: string;
  upgradeId: string;
}

/** One server upgrade: who, when, each step's log, the unreachable window, hashes before/after. */
export function RecordScreen({ serverId, upgradeId }: Props) {
  const query = useServerUpgrade(serverId, upgradeId);
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.servers.detail.href(serverId, 'upgrades')}>
        Back to the upgrades of {query.data?.project ?? 'the server'}
      </BackLink>
      <PageQuery
        query={query}
        title="Upgrade record"
        failed="This upgrade record could not be loaded"
        loading="Loading upgrade record…"
      >
        {(upgrade) => <Loaded upgrade={upgrade} />}
      </PageQuery>
    </Stack>
  );
}

function Loaded({ upgrade }: { upgrade: ServerUpgrade }) {
  return (
    <>
      <div>
        <Typography variant="h1">{upgradeTitle(upgrade)}</Typography>
        <Typography color="textSecondary" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
          <bdi>{upgrade.project}</bdi> · {upgrade.id}
        </Typography>
      </div>
      <RecordLive upgrade={upgrade} />
      <RecordSummary upgrade={upgrade} />
      <DowntimeWindow upgrade={upgrade} />
      <HashComparison upgrade={upgrade} />
      <RecordSteps upgrade={upgrade} />
    </>
  );
}
