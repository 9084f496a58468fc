import { useCallback, useRef } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import { PAGE_SIZES } from '@/lib/list-params';
import { useStaticClass } from '@/theme/static-class';
import { NARROW, tableStyles, type ActionsColumn, type ListColumn } from './list-column';
import { ListPagination } from './list-pagination';
import { LoadingBar, staleSx } from './loading-bar';
import { PagedTableHead } from './paged-table-head';
import { PagedTableRow } from './paged-table-row';
import { useFocusRecovery } from './use-focus-recovery';
import type { ListControls } from './use-list-controls';

export interface ListPage<Row> {
  items: readonly Row[];
  total: number;
}

export interface SortedPage<Sort> {
  page: number;
  pageSize: number;
  sort: Sort;
  order: 'asc' | 'desc';
}

interface PagedTableProps<Row extends { id: string }, Sort extends string> {
  /** The table's accessible name, e.g. "Applications". */
  label: string;
  columns: readonly ListColumn<Row, Sort>[];
  /** Per-row actions; leave out for people who may not act on any row. Keep it stable (memo). */
  actions?: ActionsColumn<Row>;
  data: ListPage<Row>;
  /** In flight (new params or a background refresh); rows of the previous params (stale). */
  query: { isFetching: boolean; isPlaceholderData: boolean };
  list: Pick<
    ListControls<SortedPage<Sort>, Sort>,
    'params' | 'onSort' | 'onPageChange' | 'onPageSizeChange'
  >;
  /** Narrower cell padding, for tables with many columns. */
  compact?: boolean;
  /** The page sizes offered, when not the lists' usual ones. */
  pageSizes?: readonly number[];
}

const compactSx = {
  '& .MuiTableCell-sizeSmall': { px: 1.25 },
  [NARROW]: { '& .MuiTableCell-sizeSmall': { px: 1 } },
};

/** The first focusable thing of the first row, else the table itself. */
function firstRowTarget(body: HTMLElement): HTMLElement | null {
  const first = body.querySelector<HTMLElement>('tr a[href], tr button:not(:disabled)');
  if (first) return first;
  const table = body.closest('table');
  table?.setAttribute('tabindex', '-1');
  return table;
}

/**
 * A server-paginated, sortable table: sort state is read on each header (aria-sort), columns
 * the table's width cannot hold are hidden, and focus survives a change of page: the pager stays
 * mounted, and focus in a row that went away moves to the first row rather than to <body>.
 */
export function PagedTable<Row extends { id: string }, Sort extends string>(
  props: PagedTableProps<Row, Sort>,
) {
  const { label, columns, actions, data, list, pageSizes = PAGE_SIZES } = props;
  // A pager with one size to offer and one page to show has nothing to do: it is left out.
  const paged = pageSizes.length > 1 || data.total > list.params.pageSize;
  const { isFetching: fetching, isPlaceholderData: stale } = props.query;
  const panelRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  useFocusRecovery(bodyRef, data.items, firstRowTarget);
  // Every cell's rules, on the table: as an `sx`, resolved and serialised on each render (a page,
  // a search, a refetch's start and end); as a class, once per columns and theme.
  const tableClass = useStaticClass(
    tableStyles(columns, !!actions),
    props.compact ? compactSx : undefined,
  );

  // Paging from the controls under a long table: bring its first row (and the bar) into view.
  const { onPageChange } = list;
  const changePage = useCallback(
    (page: number) => {
      const panel = panelRef.current;
      if (panel && panel.getBoundingClientRect().top < 0) {
        panel.scrollIntoView({ block: 'start' });
      }
      onPageChange(page);
    },
    [onPageChange],
  );

  return (
    <Paper
      ref={panelRef}
      variant="outlined"
      sx={{ position: 'relative', overflow: 'hidden', scrollMarginTop: 80 }}
    >
      <LoadingBar active={fetching} label={`Loading ${label.toLowerCase()}`} />
      {/* The container the columns' @container queries measure. */}
      <TableContainer sx={{ containerType: 'inline-size' }}>
        <Table size="small" aria-label={label} aria-busy={fetching} className={tableClass}>
          <PagedTableHead
            columns={columns}
            sort={list.params.sort}
            order={list.params.order}
            onSort={list.onSort}
            actionsLabel={actions?.label}
          />
          <TableBody ref={bodyRef} sx={staleSx(stale)}>
            {data.items.map((row) => (
              <PagedTableRow key={row.id} row={row} columns={columns} actions={actions} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {paged ? (
        <Box sx={{ borderTop: 1, borderColor: 'divider' }}>
          <ListPagination
            total={data.total}
            page={list.params.page}
            pageSize={list.params.pageSize}
            pageSizes={pageSizes}
            onPageChange={changePage}
            onPageSizeChange={list.onPageSizeChange}
          />
        </Box>
      ) : null}
    </Paper>
  );
}
