import { memo } from 'react';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { ApplicationSortField } from '@/contract/applications';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { columns, headerSx } from './columns';

interface ApplicationsTableHeadProps {
  sort: ApplicationSortField;
  order: 'asc' | 'desc';
  onSort: (field: ApplicationSortField) => void;
  /** Adds the row-actions column; absent for people who may not act on any row. */
  withActions: boolean;
}

/** `sortDirection` sets aria-sort on the header; the hidden text is read on the button itself. */
export const ApplicationsTableHead = memo(function ApplicationsTableHead({
  sort,
  order,
  onSort,
  withActions,
}: ApplicationsTableHeadProps) {
  return (
    <TableHead>
      <TableRow>
        {columns.map((column) => {
          const active = column.sort !== undefined && column.sort === sort;
          return (
            <TableCell
              key={column.id}
              sortDirection={active ? order : false}
              sx={headerSx[column.id]}
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
        {withActions ? (
          <TableCell align="right">
            <Box component="span" sx={visuallyHidden}>
              Actions
            </Box>
          </TableCell>
        ) : null}
      </TableRow>
    </TableHead>
  );
});
