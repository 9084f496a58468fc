import { memo } from 'react';
import type { ListColumn } from './list-column';

interface PagedTableHeadProps<Row, Sort extends string> {
  columns: readonly ListColumn<Row, Sort>[];
  sort: Sort;
  order: 'asc' | 'desc';
  onSort: (field: Sort) => void;
  /** The actions column's header, read but not shown; absent without an actions column. */
  actionsLabel?: string;
}

/** MUI's class names, for selectors written against them; the style is the table's (`tableStyles`). */
const rowClass = 'MuiTableRow-root MuiTableRow-head';
const cellClass = 'MuiTableCell-root MuiTableCell-head MuiTableCell-sizeSmall';

/** MUI's ArrowDownward, the sort label's icon: it points down when descending. */
const arrowPath = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z';

/**
 * What MUI's TableHead, TableCell and TableSortLabel draw, as plain elements styled by the
 * table (`tableStyles`): a sortable header is a button whose name says the sort when it is the
 * sorted one, and the header cell carries aria-sort.
 */
function PagedTableHeadImpl<Row, Sort extends string>(props: PagedTableHeadProps<Row, Sort>) {
  const { columns, sort, order, onSort, actionsLabel } = props;
  return (
    <thead className="MuiTableHead-root">
      <tr className={rowClass}>
        {columns.map((column) => {
          const active = column.sort !== undefined && column.sort === sort;
          const direction = active ? order : 'asc';
          const sorted = order === 'asc' ? 'ascending' : 'descending';
          return (
            <th
              key={column.id}
              scope="col"
              className={cellClass}
              aria-sort={active ? sorted : undefined}
            >
              {column.sort ? (
                <button
                  type="button"
                  className={active ? 'sort-label sort-active' : 'sort-label'}
                  onClick={() => onSort(column.sort ?? sort)}
                  // A label, not hidden text: Chromium would read a space before the comma.
                  aria-label={active ? `${column.label}, sorted ${sorted}` : undefined}
                >
                  {column.label}
                  <svg
                    className={`sort-icon sort-${direction}`}
                    viewBox="0 0 24 24"
                    focusable="false"
                    aria-hidden="true"
                  >
                    <path d={arrowPath} />
                  </svg>
                </button>
              ) : (
                column.label
              )}
            </th>
          );
        })}
        {actionsLabel ? (
          <th scope="col" className={`${cellClass} head-actions`}>
            <span className="head-hidden">{actionsLabel}</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

export const PagedTableHead = memo(PagedTableHeadImpl) as typeof PagedTableHeadImpl;
