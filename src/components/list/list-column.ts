import type { ReactNode } from 'react';
import type { CSSObject } from '@mui/material/styles';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { headPartsSx, rowPartsSx } from './row-parts';

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
  /**
   * A line under the cell's content when the table is phone-wide (below `NARROW_WIDTH`): the
   * values of the columns hidden there. Generated content, so the cell's text stays its own.
   */
  narrowCaption?: (row: Row) => string;
  render: (row: Row) => ReactNode;
}

/** The column of per-row actions (buttons, links); its header is read, not shown. */
export interface ActionsColumn<Row> {
  label: string;
  render: (row: Row) => ReactNode;
}

/** Tables narrower than this are a phone's: they keep few columns and show narrow captions. */
export const NARROW_WIDTH = 600;

/**
 * The container query that matches a table narrower than `px`. A container query, not a media
 * query: what matters is the table's width, whatever the navigation drawer takes. jsdom ignores
 * it, so unit tests see every column.
 */
export function narrowerThan(px: number): string {
  return `@container (width < ${String(px)}px)`;
}

/** The query of a phone-wide table. */
export const NARROW = narrowerThan(NARROW_WIDTH);

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

/** Adds rules for tables narrower than `px`, merging with a query the style already has. */
function below(sx: CSSObject, px: number, rules: CSSObject): CSSObject {
  const query = narrowerThan(px);
  const own = sx[query];
  return { ...sx, [query]: { ...(typeof own === 'object' ? own : {}), ...rules } };
}

const withHiding = (sx: CSSObject, minTableWidth: number | undefined) =>
  minTableWidth ? below(sx, minTableWidth, { display: 'none' }) : sx;

/** The narrow caption comes from the cell's data-caption attribute (see `narrowCaption`). */
const captionSx: CSSObject = {
  '&::after': {
    content: 'attr(data-caption)',
    display: 'none',
    fontWeight: 400,
    fontSize: 12.5,
    color: 'var(--upshift-palette-text-secondary)',
  },
};

// The caption's own rule comes first, so the narrow query's display wins over it.
const withCaption = (sx: CSSObject, caption: boolean) =>
  caption ? below({ ...captionSx, ...sx }, NARROW_WIDTH, { '&::after': { display: 'block' } }) : sx;

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
      withCaption(
        column.sx ?? (column.rowHeader ? defaultNameSx : defaultCellSx),
        !!column.narrowCaption,
      ),
      column.minTableWidth,
    ),
  }));
  built.set(columns, styles);
  return styles;
}

/** What every small MUI TableCell draws, head or body. */
const smallCellSx: CSSObject = {
  typography: 'body2',
  display: 'table-cell',
  verticalAlign: 'inherit',
  borderBottom: '1px solid var(--upshift-palette-TableCell-border)',
  textAlign: 'left',
  padding: '6px 16px',
};

/**
 * What MUI's TableRow (hover) and small body TableCell draw. The body's rows are plain `<tr>`,
 * `<td>` and `<th>` (see `PagedTableRow`): a page of 25 rows renders a few hundred elements
 * instead of thousands of styled components, and no cell serialises its style on each render.
 */
const bodyBaseSx: CSSObject = {
  ...rowPartsSx,
  '& > tr': { color: 'inherit', display: 'table-row', verticalAlign: 'middle', outline: 0 },
  '& > tr:hover': { backgroundColor: 'var(--upshift-palette-action-hover)' },
  '& > tr > td, & > tr > th': { ...smallCellSx, color: 'text.primary' },
};

/**
 * What MUI's small head TableCell (with the theme's override) and TableSortLabel draw; the head
 * is plain `<th>` and `<button>` elements (see `PagedTableHead`).
 */
const headBaseSx: CSSObject = {
  ...headPartsSx,
  '& > tr > th': {
    ...smallCellSx,
    color: 'text.secondary',
    lineHeight: '1.5rem',
    fontWeight: 600,
    whiteSpace: 'nowrap',
  },
  '& > tr > th.head-actions': { textAlign: 'right', flexDirection: 'row-reverse' },
  '& .head-hidden': visuallyHidden,
};

/** A column's alignment, as MUI's TableCell sets it (a right-aligned sort icon goes first). */
const alignSx = (align: ListColumn<unknown>['align']): CSSObject =>
  align === 'right'
    ? { textAlign: 'right', flexDirection: 'row-reverse' }
    : align === 'center'
      ? { textAlign: 'center' }
      : {};

const bodies = new WeakMap<readonly object[], { plain: CSSObject; withActions: CSSObject }>();

/**
 * The table's style for its head and body: the cells' base, then each column's header and cell
 * style on its position, and the actions column's. Built once per columns array, like
 * `columnStyles`. On the table, not on the body: the body's own class changes while a new page
 * loads (its rows fade), and a class carrying every cell's rules would restyle them all.
 */
export function tableStyles<Row, Sort extends string>(
  columns: readonly ListColumn<Row, Sort>[],
  withActions: boolean,
): CSSObject {
  let cached = bodies.get(columns);
  if (!cached) {
    const styles = columnStyles(columns);
    const head: CSSObject = { ...headBaseSx };
    columns.forEach((column, index) => {
      head[`& > tr > th:nth-of-type(${String(index + 1)})`] = {
        ...alignSx(column.align),
        ...styles[index]?.header,
      };
    });
    const plain: CSSObject = { ...bodyBaseSx };
    // Counted per element type: the row header is a th among tds (:nth-of-type, which is safe
    // to render on a server, unlike :nth-child).
    const counts = { th: 0, td: 0 };
    columns.forEach((column, index) => {
      const tag = column.rowHeader ? 'th' : 'td';
      counts[tag] += 1;
      plain[cellSelector(tag, counts[tag])] = { ...alignSx(column.align), ...styles[index]?.cell };
    });
    const actions = cellSelector('td', counts.td + 1);
    const withActionsColumn = { ...plain, [actions]: { textAlign: 'right', py: 0 } };
    cached = {
      plain: { '& > thead': head, '& > tbody': plain },
      withActions: { '& > thead': head, '& > tbody': withActionsColumn },
    };
    bodies.set(columns, cached);
  }
  return withActions ? cached.withActions : cached.plain;
}

/** The body cells of one column, by their element and its position among its kind. */
function cellSelector(tag: 'th' | 'td', position: number): string {
  return `& > tr > ${tag}:nth-of-type(${String(position)})`;
}
