import { memo } from 'react';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { columnStyles, type ActionsColumn, type ListColumn } from './list-column';

interface PagedTableRowProps<Row, Sort extends string> {
  row: Row;
  columns: readonly ListColumn<Row, Sort>[];
  actions?: ActionsColumn<Row>;
}

function PagedTableRowImpl<Row, Sort extends string>({
  row,
  columns,
  actions,
}: PagedTableRowProps<Row, Sort>) {
  const styles = columnStyles(columns);
  return (
    <TableRow hover>
      {columns.map((column, index) => (
        <TableCell
          key={column.id}
          component={column.rowHeader ? 'th' : 'td'}
          scope={column.rowHeader ? 'row' : undefined}
          align={column.align}
          sx={styles[index]?.cell}
          data-caption={column.narrowCaption?.(row)}
        >
          {column.render(row)}
        </TableCell>
      ))}
      {actions ? (
        <TableCell align="right" sx={{ py: 0 }}>
          {actions.render(row)}
        </TableCell>
      ) : null}
    </TableRow>
  );
}

/**
 * Memoised on the row object: TanStack Query keeps unchanged rows referentially equal across
 * refetches, so a background refresh re-renders only the rows that changed.
 */
export const PagedTableRow = memo(PagedTableRowImpl) as typeof PagedTableRowImpl;
