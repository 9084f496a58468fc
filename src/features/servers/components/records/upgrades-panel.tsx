import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { PanelQuery } from '@/components/feedback/panel-query';
import { Timestamp } from '@/components/list/cells';
import type { ServerDetail } from '@/contract/servers';
import { DataTable } from '../detail/data-table';
import { paths } from '@/config/paths';
import { useServerUpgrades } from '../../api/list-server-upgrades';
import { downtimeText, fromTo, upgradeTitle } from './record-words';
import { UpgradeStatusLabel } from './upgrade-status-label';

/** The server's upgrade records, newest first, each linking to its whole record. */
export function UpgradesPanel({ server }: { server: ServerDetail }) {
  return (
    <PanelQuery
      query={useServerUpgrades(server.id)}
      subject="The upgrade records"
      loading="Loading upgrade records…"
      shown="The upgrades below are as they were last loaded."
      skeleton={{ rows: 3, columns: 5 }}
    >
      {(data) =>
        data.items.length === 0 ? (
          <Typography>
            No upgrades yet: <bdi>{server.name}</bdi> runs what it was installed with.
          </Typography>
        ) : (
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
                    <Typography component="span" variant="body2" color="textSecondary">
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
        )
      }
    </PanelQuery>
  );
}
