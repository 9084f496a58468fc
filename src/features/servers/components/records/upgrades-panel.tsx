import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { Timestamp } from '@/components/list/cells';
import type { ServerDetail } from '@/contract/servers';
import { DataTable } from '../detail/data-table';
import { paths } from '@/config/paths';
import { useServerUpgrades } from '../../api/list-server-upgrades';
import { downtimeText, fromTo, upgradeTitle } from './record-words';
import { UpgradeStatusLabel } from './upgrade-status-label';

/** The server's upgrade records, newest first, each linking to its whole record. */
export function UpgradesPanel({ server }: { server: ServerDetail }) {
  const query = useServerUpgrades(server.id);
  const { data } = query;
  if (!data) {
    return query.isError ? (
      <PanelError
        error={query.error}
        title="The upgrade records could not be loaded"
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    ) : (
      <TableSkeleton rows={3} columns={5} label="Loading upgrade records…" />
    );
  }
  if (data.items.length === 0) {
    return (
      <Typography>
        No upgrades yet: <bdi>{server.name}</bdi> runs what it was installed with.
      </Typography>
    );
  }
  return (
    <Stack spacing={1.5}>
      {query.isError ? (
        <PanelError
          error={query.error}
          title="The upgrade records could not be refreshed"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : null}
      <DataTable
        label={`Upgrades of ${server.name}, newest first`}
        head={['Upgrade', 'Status', 'By', 'Started', 'Downtime']}
      >
        {data.items.map((u) => (
          <TableRow key={u.id} hover>
            <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
              <Link
                component={RouterLink}
                to={paths.servers.record.href(server.id, u.id)}
                aria-label={`${upgradeTitle(u)}, ${u.id}`}
              >
                {fromTo(u)}
              </Link>
              {u.downgrade ? (
                <Typography component="span" variant="body2" color="text.secondary">
                  {' '}
                  (downgrade)
                </Typography>
              ) : null}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <UpgradeStatusLabel status={u.status} />
            </TableCell>
            <TableCell>{u.startedBy.name}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Timestamp iso={u.startedAt} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{downtimeText(u)}</TableCell>
          </TableRow>
        ))}
      </DataTable>
    </Stack>
  );
}
