import { memo } from 'react';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { SelfHostedSortField } from '@/contract/self-hosted';
import { columns, headerSx } from './columns';

interface MyApplicationsTableHeadProps {
  sort: SelfHostedSortField;
  order: 'asc' | 'desc';
  onSort: (field: SelfHostedSortField) => void;
}

/** `sortDirection` sets aria-sort on the header; the label is read on the button itself. */
export const MyApplicationsTableHead = memo(function MyApplicationsTableHead({
  sort,
  order,
  onSort,
}: MyApplicationsTableHeadProps) {
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
      </TableRow>
    </TableHead>
  );
});
