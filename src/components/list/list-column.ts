import type { ReactNode } from 'react';
import type { CSSObject } from '@mui/material/styles';

/** One column of a server-paged table: what it is called, how it sorts, what a cell shows. */
export interface ListColumn<Row, Sort extends string = string> {
  id: string;
  label: string;
  /** The server's sort key; absent for a column that does not sort. */
  sort?: Sort;
  /** Hidden when the table is narrower than this many pixels: low-value columns go first. */
  minTableWidth?: number;
  /** The row's header cell (th scope=row), which names the row. */
  rowHeader?: boolean;
  align?: 'left' | 'center' | 'right';
  /** The body cells' style; replaces the default (a plain name, or tabular figures). */
  sx?: CSSObject;
  /** The header cell's style; replaces the default. */
  headerSx?: CSSObject;
  /** data-* attributes of a row's cell, for generated content (`attr()`) in `sx`. */
  dataOf?: (row: Row) => Record<`data-${string}`, string>;
  render: (row: Row) => ReactNode;
}

/** The column of per-row actions (buttons, links); its header is read, not shown. */
export interface ActionsColumn<Row> {
  label: string;
  render: (row: Row) => ReactNode;
}

/**
 * The container query that matches a table narrower than `px`. A container query, not a media
 * query: what matters is the table's width, whatever the navigation drawer takes. jsdom ignores
 * it, so unit tests see every column.
 */
export function narrowerThan(px: number): string {
  return `@container (width < ${String(px)}px)`;
}

/** Headers that wrap onto two lines, so short values under them do not take a wide column. */
export const wrappedHeaderSx: CSSObject = {
  whiteSpace: 'normal',
  maxWidth: '7rem',
  lineHeight: 1.3,
};
/** A short value that never wraps, under a header that may. */
export const shortColumn = { sx: { whiteSpace: 'nowrap' }, headerSx: wrappedHeaderSx } as const;
/** The same, with figures of one width, so numbers line up. */
export const numericColumn = {
  sx: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  headerSx: wrappedHeaderSx,
} as const;

const defaultHeaderSx: CSSObject = { lineHeight: 1.3 };
const defaultNameSx: CSSObject = { fontWeight: 500, overflowWrap: 'anywhere', minWidth: '8rem' };
const defaultCellSx: CSSObject = { fontVariantNumeric: 'tabular-nums' };

/** Adds the hiding rule to a style, merging with a query the style already has for that width. */
function withHiding(sx: CSSObject, minTableWidth: number | undefined): CSSObject {
  if (!minTableWidth) return sx;
  const query = narrowerThan(minTableWidth);
  const own = sx[query];
  return { ...sx, [query]: { ...(typeof own === 'object' ? own : {}), display: 'none' } };
}

export interface ColumnStyles {
  header: CSSObject;
  cell: CSSObject;
}

const built = new WeakMap<readonly object[], ColumnStyles[]>();

/**
 * Each column's header and cell style, built once per columns array (a module constant) and
 * shared by every row, so a long page stays cheap to render.
 */
export function columnStyles<Row, Sort extends string>(
  columns: readonly ListColumn<Row, Sort>[],
): ColumnStyles[] {
  const cached = built.get(columns);
  if (cached) return cached;
  const styles = columns.map((column) => ({
    header: withHiding(column.headerSx ?? defaultHeaderSx, column.minTableWidth),
    cell: withHiding(
      column.sx ?? (column.rowHeader ? defaultNameSx : defaultCellSx),
      column.minTableWidth,
    ),
  }));
  built.set(columns, styles);
  return styles;
}
