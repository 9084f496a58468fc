import { memo } from 'react';
import type { ActionsColumn, ListColumn } from './list-column';

interface PagedTableRowProps<Row, Sort extends string> {
  row: Row;
  columns: readonly ListColumn<Row, Sort>[];
  actions?: ActionsColumn<Row>;
}

/** MUI's class names, for selectors written against them; the style is the table's (`tableStyles`). */
const rowClass = 'MuiTableRow-root MuiTableRow-hover';
const cellClass = 'MuiTableCell-root MuiTableCell-body MuiTableCell-sizeSmall';

function PagedTableRowImpl<Row, Sort extends string>({
  row,
  columns,
  actions,
}: PagedTableRowProps<Row, Sort>) {
  return (
    <tr className={rowClass}>
      {columns.map((column) =>
        column.rowHeader ? (
          <th
            key={column.id}
            scope="row"
            className={cellClass}
            data-caption={column.narrowCaption?.(row)}
          >
            {column.render(row)}
          </th>
        ) : (
          <td key={column.id} className={cellClass} data-caption={column.narrowCaption?.(row)}>
            {column.render(row)}
          </td>
        ),
      )}
      {actions ? <td className={cellClass}>{actions.render(row)}</td> : null}
    </tr>
  );
}

/**
 * Plain table elements, styled by the table (`tableStyles`). Memoised on the row object:
 * TanStack Query keeps unchanged rows referentially equal across refetches, so a background
 * refresh re-renders only the rows that changed.
 */
export const PagedTableRow = memo(PagedTableRowImpl) as typeof PagedTableRowImpl;
