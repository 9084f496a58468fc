import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { paths } from '@/config/paths';
import { useUpgradeRecords } from '../../api/list-template-upgrade-records';
import { Timestamp } from '../templates/templates-columns';
import { componentsText, fromTo } from './record-words';
import { UpgradeStatusLabel } from './upgrade-status-label';
import { RECORDS_PAGE_KEY, recordsPageOf } from './records-params';

const PAGE_SIZE = 10;

/** An application's upgrade records, newest first; the page of records is in the URL. */
export function UpgradeRecords({ applicationId }: { applicationId: string }) {
  const [search, setSearch] = useSearchParams();
  const page = recordsPageOf(search);
  const query = useUpgradeRecords(applicationId, { page, pageSize: PAGE_SIZE });
  const heading = (
    <Typography component="h2" variant="h3" id="upgrade-records-heading">
      Upgrade records
    </Typography>
  );
  if (query.isError) {
    return (
      <section aria-labelledby="upgrade-records-heading">
        {heading}
        <PanelError
          error={query.error}
          title="The upgrade records could not be loaded"
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </section>
    );
  }
  const data = query.data;
  return (
    <section aria-labelledby="upgrade-records-heading">
      {heading}
      {!data ? (
        <TableSkeleton rows={3} columns={5} label="Loading upgrade records…" />
      ) : data.total === 0 ? (
        <Typography sx={{ mt: 1 }}>
          No upgrades yet: it runs the version it was installed at.
        </Typography>
      ) : (
        <Paper variant="outlined" sx={{ mt: 1 }}>
          <TableContainer sx={{ containerType: 'inline-size' }}>
            <Table size="small" aria-labelledby="upgrade-records-heading">
              <TableHead>
                <TableRow>
                  <TableCell>Upgrade</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell sx={narrowHidden}>Components</TableCell>
                  <TableCell sx={narrowHidden}>By</TableCell>
                  <TableCell>When</TableCell>
                </TableRow>
              </TableHead>
              <TableBody sx={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
                {data.items.map((r) => (
                  <TableRow key={r.id} hover>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      <Link
                        component={RouterLink}
                        to={paths.installed.record.href(applicationId, r.id)}
                        aria-label={`Upgrade ${fromTo(r)}, ${r.id}`}
                      >
                        {fromTo(r)}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <UpgradeStatusLabel status={r.status} />
                    </TableCell>
                    <TableCell sx={narrowHidden}>{componentsText(r)}</TableCell>
                    <TableCell sx={narrowHidden}>{r.startedBy.name}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Timestamp iso={r.startedAt} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {data.total > PAGE_SIZE ? (
            <TablePagination
              component="div"
              count={data.total}
              page={page - 1}
              rowsPerPage={PAGE_SIZE}
              rowsPerPageOptions={[PAGE_SIZE]}
              onPageChange={(_e, p) =>
                setSearch(
                  (prev) => {
                    const next = new URLSearchParams(prev);
                    if (p === 0) next.delete(RECORDS_PAGE_KEY);
                    else next.set(RECORDS_PAGE_KEY, String(p + 1));
                    return next;
                  },
                  { preventScrollReset: true },
                )
              }
            />
          ) : null}
        </Paper>
      )}
    </section>
  );
}

const narrowHidden = { '@container (width < 560px)': { display: 'none' } };
