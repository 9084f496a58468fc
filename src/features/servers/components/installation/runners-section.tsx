import WarningAmberIcon from '@mui/icons-material/WarningAmberOutlined';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { NoValue } from '@/components/list/cells';
import { PanelError } from '@/components/feedback/panel-error';
import { DataTable } from '../detail/data-table';
import { SectionCard } from '@/components/layout/section-card';
import type { ServerDetail } from '@/contract/servers';
import { useServerReleases } from '../../api/list-server-releases';
import { IconLabel } from '../detail/icon-label';
import { runnerMinimum, type RunnerMinimum } from './runner-minimum';

const warning = { icon: <WarningAmberIcon fontSize="inherit" />, color: 'warning.main' };

function summary(server: ServerDetail, rule: RunnerMinimum | undefined): string {
  if (rule?.minimum === null) {
    return `No release up to ${server.latestVersion} asks for a newer runner.`;
  }
  const count = server.runnersBelowMinimum;
  const below =
    count === 0
      ? 'every runner meets it'
      : `${String(count)} ${count === 1 ? 'runner is' : 'runners are'} below it: update ${count === 1 ? 'it' : 'them'} before upgrading`;
  return rule
    ? `${rule.since ?? server.latestVersion} needs runners at ${rule.minimum} or later; ${below}.`
    : `Runners below the minimum of ${server.latestVersion}: ${String(count)}.`;
}

function MinimumCell({ rule, version }: { rule: RunnerMinimum | undefined; version: string }) {
  if (!rule) return <NoValue text="Not known yet" />;
  if (rule.minimum === null) return <NoValue text="No minimum" />;
  if (!rule.below(version)) return <>Meets {rule.minimum}</>;
  return (
    <IconLabel look={warning}>
      Below the minimum {rule.minimum}
      {rule.since ? ` (since ${rule.since})` : ''}
    </IconLabel>
  );
}

/** The self-hosted runners, held to the minimum the releases up to the latest one ask for. */
export function RunnersSection({ server }: { server: ServerDetail }) {
  const releases = useServerReleases();
  const rule = releases.data ? runnerMinimum(server, releases.data.items) : undefined;
  return (
    <SectionCard title="Runners" subtitle={summary(server, rule)}>
      {releases.isError ? (
        <PanelError
          error={releases.error}
          title="The minimum runner version could not be read"
          onRetry={() => void releases.refetch()}
          retrying={releases.isFetching}
        />
      ) : null}
      {server.runners.length === 0 ? (
        <Typography>No runners are connected.</Typography>
      ) : (
        <DataTable label={`Runners of ${server.name}`} head={['Runner', 'Version', 'Minimum']}>
          {server.runners.map((runner) => (
            <TableRow key={runner.name}>
              <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                {runner.name}
              </TableCell>
              <TableCell>{runner.version}</TableCell>
              <TableCell>
                <MinimumCell rule={rule} version={runner.version} />
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </SectionCard>
  );
}
