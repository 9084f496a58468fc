import type { ReactNode } from 'react';
import { Timestamp } from './cells';
import { numericColumn, shortColumn, type ListColumn } from './list-column';
import { RowLink } from './row-link';

type NameOptions<Row> = Omit<ListColumn<Row>, 'id' | 'label' | 'sort' | 'rowHeader' | 'render'> & {
  /** The link in the text's colour (see `RowLink`). */
  plain?: boolean;
};

/** The "Name" column: sorts by name, names the row and links to its page. */
export function nameColumn<Row extends { name: string }>(
  href: (row: Row) => string,
  { plain, ...options }: NameOptions<Row> = {},
): ListColumn<Row, 'name'> {
  return {
    id: 'name',
    label: 'Name',
    sort: 'name',
    rowHeader: true,
    render: (row) => (
      <RowLink to={href(row)} plain={plain}>
        {row.name}
      </RowLink>
    ),
    ...options,
  };
}

interface ShortOptions {
  minTableWidth?: number;
  /** Figures of one width, so numbers line up. */
  numeric?: boolean;
}

/** A column of short values that never wrap, under a header that may. */
export function valueColumn<Row, Sort extends string = never>(
  id: string,
  label: string,
  render: (row: Row) => ReactNode,
  { numeric = false, ...options }: ShortOptions & { sort?: Sort } = {},
): ListColumn<Row, Sort> {
  return { id, label, render, ...options, ...(numeric ? numericColumn : shortColumn) };
}

/** The same, sorted by the server's key `sort`, which is also the column's id. */
export function sortedColumn<Row, Sort extends string>(
  sort: Sort,
  label: string,
  render: (row: Row) => ReactNode,
  options: ShortOptions = {},
): ListColumn<Row, Sort> {
  return valueColumn(sort, label, render, { ...options, sort });
}

/** A sorted column showing the row's field of the same name as its sort key. */
export function sortedField<K extends string, Row extends Record<K, ReactNode>>(
  key: K,
  label: string,
  options: ShortOptions = {},
): ListColumn<Row, K> {
  return sortedColumn(key, label, (row: Row) => row[key], options);
}

/** "Updated": when the row last changed, sorted by `updatedAt`. */
export function updatedColumn<Row extends { updatedAt: string }>(
  options: ShortOptions = {},
): ListColumn<Row, 'updatedAt'> {
  return sortedColumn(
    'updatedAt',
    'Updated',
    (row: Row) => <Timestamp iso={row.updatedAt} />,
    options,
  );
}
