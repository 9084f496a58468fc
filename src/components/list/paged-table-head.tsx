import { memo } from 'react';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { columnStyles, type ListColumn } from './list-column';

interface PagedTableHeadProps<Row, Sort extends string> {
  columns: readonly ListColumn<Row, Sort>[];
  sort: Sort;
  order: 'asc' | 'desc';
  onSort: (field: Sort) => void;
  /** The actions column's header, read but not shown; absent without an actions column. */
  actionsLabel?: string;
}

/** `sortDirection` sets aria-sort on the header; the sort state is read on the button itself. */
function PagedTableHeadImpl<Row, Sort extends string>(props: PagedTableHeadProps<Row, Sort>) {
  const { columns, sort, order, onSort, actionsLabel } = props;
  const styles = columnStyles(columns);
  return (
    <TableHead>
      <TableRow>
        {columns.map((column, index) => {
          const active = column.sort !== undefined && column.sort === sort;
          return (
            <TableCell
              key={column.id}
              align={column.align}
              sortDirection={active ? order : false}
              sx={styles[index]?.header}
            >
              {column.sort ? (
                <TableSortLabel
                  active={active}
                  direction={active ? order : 'asc'}
                  onClick={() => onSort(column.sort ?? sort)}
                  // A label, not hidden text: Chromium would read a space before the comma.
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
        {actionsLabel ? (
          <TableCell align="right">
            <Box component="span" sx={visuallyHidden}>
              {actionsLabel}
            </Box>
          </TableCell>
        ) : null}
      </TableRow>
    </TableHead>
  );
}

export const PagedTableHead = memo(PagedTableHeadImpl) as typeof PagedTableHeadImpl;
