import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { CSSObject } from '@mui/material/styles';
import { formatCount } from '@/lib/format';
import { PAGE_SIZES } from './templates-params';

export interface PagedColumn<Row, Sort extends string> {
  id: string;
  label: string;
  sort?: Sort;
  /** Hidden when the table is narrower than this many pixels (a container query). */
  minTableWidth?: number;
  /** The row's header cell (th scope=row). */
  rowHeader?: boolean;
  render: (row: Row) => ReactNode;
}

interface PagedTableProps<Row, Sort extends string> {
  label: string;
  columns: readonly PagedColumn<Row, Sort>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  total: number;
  page: number;
  pageSize: number;
  sort: Sort;
  order: 'asc' | 'desc';
  fetching: boolean;
  stale: boolean;
  onSort: (field: Sort) => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

function hideSx(minTableWidth?: number): CSSObject {
  return minTableWidth ? { [`@container (width < ${minTableWidth}px)`]: { display: 'none' } } : {};
}

/** A server-paginated, sortable table; sort state is read on each header (aria-sort). */
export function PagedTable<Row, Sort extends string>(props: PagedTableProps<Row, Sort>) {
  const { label, columns, rows, rowKey, total, page, pageSize, sort, order } = props;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Paper variant="outlined" sx={{ position: 'relative', overflow: 'hidden' }}>
      {props.fetching ? (
        <LinearProgress
          aria-label={`Loading ${label.toLowerCase()}`}
          sx={{ position: 'absolute', inset: '0 0 auto 0', height: 3, zIndex: 1 }}
        />
      ) : null}
      <TableContainer sx={{ containerType: 'inline-size' }}>
        <Table size="small" aria-label={label} aria-busy={props.fetching}>
          <TableHead>
            <TableRow>
              {columns.map((column) => {
                const active = column.sort !== undefined && column.sort === sort;
                return (
                  <TableCell
                    key={column.id}
                    sortDirection={active ? order : false}
                    sx={{ ...hideSx(column.minTableWidth), lineHeight: 1.3 }}
                  >
                    {column.sort ? (
                      <TableSortLabel
                        active={active}
                        direction={active ? order : 'asc'}
                        onClick={() => props.onSort(column.sort ?? sort)}
                        aria-label={
                          active
                            ? `${column.label}, sorted ${order === 'asc' ? 'ascending' : 'descending'}`
                            : undefined
                        }
                      >
                        {column.label}
                      </TableSortLabel>
                    ) : (
                      column.label
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody sx={{ opacity: props.stale ? 0.6 : 1 }}>
            {rows.map((row) => (
              <TableRow hover key={rowKey(row)}>
                {columns.map((column) => (
                  <TableCell
                    key={column.id}
                    component={column.rowHeader ? 'th' : 'td'}
                    scope={column.rowHeader ? 'row' : undefined}
                    sx={{
                      ...hideSx(column.minTableWidth),
                      ...(column.rowHeader
                        ? { fontWeight: 500, overflowWrap: 'anywhere', minWidth: '8rem' }
                        : { fontVariantNumeric: 'tabular-nums' }),
                    }}
                  >
                    {column.render(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Box sx={{ borderTop: 1, borderColor: 'divider' }}>
        <TablePagination
          component="div"
          count={total}
          page={Math.min(page, pageCount) - 1}
          rowsPerPage={pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_event, p) => props.onPageChange(p + 1)}
          onRowsPerPageChange={(event) => props.onPageSizeChange(Number(event.target.value))}
          labelDisplayedRows={({ page: p }) =>
            `Page ${formatCount(p + 1)} of ${formatCount(pageCount)}`
          }
          showFirstButton
          showLastButton
          sx={{
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
