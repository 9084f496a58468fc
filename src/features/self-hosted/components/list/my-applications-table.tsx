import { useRef } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import { keyframes } from '@mui/material/styles';
import type {
  SelfHostedApplicationPage,
  SelfHostedListParams,
  SelfHostedSortField,
} from '@/contract/self-hosted';
import { formatCount } from '@/lib/format';
import { PAGE_SIZES } from '../../list-params';
import { MyApplicationRow } from './my-application-row';
import { MyApplicationsTableHead } from './my-applications-table-head';

// Fast answers never show the bar at all; slow ones get it after a short pause.
const appear = keyframes`from { opacity: 0; } to { opacity: 1; }`;

interface MyApplicationsTableProps {
  data: SelfHostedApplicationPage;
  params: SelfHostedListParams;
  /** A request is in flight (new params or a background refresh). */
  fetching: boolean;
  /** The rows shown belong to the previous params while the new ones load. */
  stale: boolean;
  onSort: (field: SelfHostedSortField) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

export function MyApplicationsTable(props: MyApplicationsTableProps) {
  const { data, params, fetching, stale, onSort, onPageChange, onPageSizeChange } = props;
  const pageCount = Math.max(1, Math.ceil(data.total / params.pageSize));
  const panelRef = useRef<HTMLDivElement>(null);

  // Paging from the controls under a long table: bring its first row into view.
  const changePage = (page: number) => {
    const panel = panelRef.current;
    if (panel && panel.getBoundingClientRect().top < 0) panel.scrollIntoView({ block: 'start' });
    onPageChange(page);
  };

  return (
    <Paper
      ref={panelRef}
      variant="outlined"
      sx={{ position: 'relative', overflow: 'hidden', scrollMarginTop: 80 }}
    >
      {fetching ? (
        <LinearProgress
          aria-label="Loading my applications"
          sx={{
            position: 'absolute',
            inset: '0 0 auto 0',
            height: 3,
            zIndex: 1,
            animation: `${appear} 150ms ease-in 200ms both`,
          }}
        />
      ) : null}
      {/* The container the columns' @container queries measure. */}
      <TableContainer sx={{ containerType: 'inline-size' }}>
        <Table
          size="small"
          aria-label="My applications"
          aria-busy={fetching}
          sx={{
            '& .MuiTableCell-sizeSmall': { px: 1.25 },
            '@container (width < 600px)': { '& .MuiTableCell-sizeSmall': { px: 1 } },
          }}
        >
          <MyApplicationsTableHead sort={params.sort} order={params.order} onSort={onSort} />
          <TableBody
            sx={{ opacity: stale ? 0.6 : 1, transition: stale ? 'opacity 150ms 200ms' : 'none' }}
          >
            {data.items.map((app) => (
              <MyApplicationRow key={app.id} app={app} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ borderTop: 1, borderColor: 'divider' }}>
        <TablePagination
          component="div"
          count={data.total}
          page={Math.min(params.page, pageCount) - 1}
          rowsPerPage={params.pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_event, page) => changePage(page + 1)}
          onRowsPerPageChange={(event) => onPageSizeChange(Number(event.target.value))}
          labelDisplayedRows={({ page }) =>
            `Page ${formatCount(page + 1)} of ${formatCount(pageCount)}`
          }
          showFirstButton
          showLastButton
          sx={{
            // On a phone the controls wrap instead of running off the edge.
            '& .MuiTablePagination-toolbar': {
              flexWrap: 'wrap',
              justifyContent: 'flex-end',
              rowGap: 0.5,
            },
            '& .MuiTablePagination-spacer': { display: 'none' },
          }}
        />
      </Box>
    </Paper>
  );
}
