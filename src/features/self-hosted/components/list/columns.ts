import type { CSSObject } from '@mui/material/styles';
import type { SelfHostedSortField } from '@/contract/self-hosted';

export type ColumnId =
  | 'name'
  | 'activeVersion'
  | 'newestVersion'
  | 'updateAvailable'
  | 'state'
  | 'tenants'
  | 'updatedAt';

export interface Column {
  id: ColumnId;
  label: string;
  sort?: SelfHostedSortField;
  /** Shown only when the table has at least this many pixels: low-value columns go first. */
  minTableWidth?: number;
}

/** Below this width the Status column moves under the name (see MyApplicationRow). */
const NARROW_WIDTH = 600;

export const columns: readonly Column[] = [
  { id: 'name', label: 'Name', sort: 'name' },
  { id: 'activeVersion', label: 'Active version', sort: 'activeVersion' },
  {
    id: 'newestVersion',
    label: 'Newest version',
    sort: 'newestVersion',
    minTableWidth: NARROW_WIDTH,
  },
  { id: 'updateAvailable', label: 'Update available' },
  { id: 'state', label: 'Status', minTableWidth: NARROW_WIDTH },
  { id: 'tenants', label: 'Tenants', minTableWidth: 900 },
  { id: 'updatedAt', label: 'Updated', sort: 'updatedAt', minTableWidth: 1100 },
];

const NARROW = `@container (width < ${NARROW_WIDTH}px)`;

function hideOf({ minTableWidth }: Column): CSSObject {
  // A container query, not a media query: what matters is the table's width, whatever the
  // navigation drawer takes. jsdom ignores it, so unit tests see every column.
  return minTableWidth ? { [`@container (width < ${minTableWidth}px)`]: { display: 'none' } } : {};
}

function styleOf(column: Column): CSSObject {
  if (column.id === 'name') {
    return { fontWeight: 500, minWidth: '10rem', [NARROW]: { minWidth: '7rem' } };
  }
  if (column.id === 'state') return { ...hideOf(column), minWidth: '12rem' };
  return { ...hideOf(column), whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' };
}

const byColumn = (style: (c: Column) => CSSObject) =>
  Object.fromEntries(columns.map((c) => [c.id, style(c)])) as Record<ColumnId, CSSObject>;

/** One style object per column, built once and shared by every cell, so rows stay cheap. */
export const cellSx = byColumn(styleOf);
/** Headers wrap onto two lines, so short values under them do not take a wide column. */
export const headerSx = byColumn((c) => ({
  ...hideOf(c),
  ...(c.id === 'name' ? {} : { whiteSpace: 'normal', maxWidth: '7rem', lineHeight: 1.3 }),
}));
/** What only a narrow table shows: the Status column's content, under the name. */
export const narrowOnlySx: CSSObject = { display: 'none', [NARROW]: { display: 'block' } };
