import type { CSSObject } from '@mui/material/styles';
import type { ApplicationSortField } from '@/contract/applications';

export type ColumnId =
  | 'name'
  | 'project'
  | 'projectVersion'
  | 'applicationVersion'
  | 'status'
  | 'deployedVia'
  | 'upgradeAvailable'
  | 'updatedAt';

export interface Column {
  id: ColumnId;
  label: string;
  sort?: ApplicationSortField;
  /** Shown only when the table has at least this many pixels: low-value columns go first. */
  minTableWidth?: number;
  numeric?: boolean;
}

export const columns: readonly Column[] = [
  { id: 'name', label: 'Name', sort: 'name' },
  { id: 'project', label: 'Project', sort: 'project', minTableWidth: 900 },
  // Below 600 px the versions move under the name (see ApplicationRow) instead of disappearing.
  {
    id: 'projectVersion',
    label: 'Project version',
    sort: 'projectVersion',
    numeric: true,
    minTableWidth: 600,
  },
  {
    id: 'applicationVersion',
    label: 'Application version',
    sort: 'applicationVersion',
    numeric: true,
    minTableWidth: 600,
  },
  { id: 'status', label: 'Status', sort: 'status' },
  { id: 'deployedVia', label: 'Deployed via', sort: 'deployedVia', minTableWidth: 960 },
  { id: 'upgradeAvailable', label: 'Upgrade available' },
  { id: 'updatedAt', label: 'Updated', sort: 'updatedAt', minTableWidth: 1220 },
];

const NARROW = '@container (max-width: 599.95px)';

/**
 * Names wrap at their hyphens when space is short; on a phone, anywhere. There the hidden
 * version columns reappear under the name, from the cell's data-versions attribute (generated
 * content, so the name's text stays the name).
 */
const nameSx: CSSObject = {
  fontWeight: 500,
  minWidth: '11rem',
  '&::after': {
    content: 'attr(data-versions)',
    display: 'none',
    fontWeight: 400,
    fontSize: 12.5,
    color: 'var(--upshift-palette-text-secondary)',
  },
  [NARROW]: { minWidth: '6rem', overflowWrap: 'anywhere', '&::after': { display: 'block' } },
};

function hideOf({ minTableWidth }: Column): CSSObject {
  // A container query, not a media query: what matters is the table's width, whatever the
  // navigation drawer takes. jsdom ignores it, so tests see every column.
  // Range syntax, so the key never collides with NARROW's when both land in one style object.
  return minTableWidth ? { [`@container (width < ${minTableWidth}px)`]: { display: 'none' } } : {};
}

function styleOf(column: Column): CSSObject {
  const { id, numeric } = column;
  return {
    ...hideOf(column),
    ...(id === 'name' ? nameSx : { whiteSpace: 'nowrap' }),
    ...(numeric ? { fontVariantNumeric: 'tabular-nums' } : {}),
  };
}

const byColumn = (style: (c: Column) => CSSObject) =>
  Object.fromEntries(columns.map((c) => [c.id, style(c)])) as Record<ColumnId, CSSObject>;

/** One style object per column, built once and shared by every cell, so rows stay cheap. */
export const cellSx = byColumn(styleOf);
/** Version headers wrap onto two lines, so the numbers under them do not take a wide column. */
export const headerSx = byColumn((c) => ({
  ...hideOf(c),
  ...(c.id === 'name' ? {} : { whiteSpace: 'normal', maxWidth: '7rem', lineHeight: 1.3 }),
  [NARROW]: { whiteSpace: 'normal' },
}));
