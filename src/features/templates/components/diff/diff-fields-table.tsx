import type { Theme } from '@mui/material/styles';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { perTheme } from '@/theme/drawn-rules';
import { useStaticClass } from '@/theme/static-class';
import { DiffText, diffTextRules } from './diff-text';
import { tint } from './change-mark';
import type { FieldLine } from './field-lines';

interface Props {
  /** "web fields", the table's accessible name. */
  label: string;
  lines: readonly FieldLine[];
  view: 'split' | 'inline';
  revealed: boolean;
}

const changeWords = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  unchanged: 'unchanged',
} as const;
const sign = { added: '+', removed: '−', changed: '~', unchanged: ' ' } as const;

/**
 * What MUI's small Table, TableRow and TableCell (with the theme's head override) draw, with the
 * diff's own cells, on plain elements. A large diff's rows hold hundreds of cells, and each
 * styled cell would serialise its rules on every render: here one class on the table holds them.
 */
const tableRules = perTheme((theme: Theme) => ({
  display: 'table',
  width: '100%',
  tableLayout: 'fixed',
  borderCollapse: 'collapse',
  borderSpacing: 0,
  '& th, & td': {
    typography: 'body2',
    display: 'table-cell',
    verticalAlign: 'top',
    textAlign: 'left',
    borderBottom: '1px solid var(--upshift-palette-TableCell-border)',
    color: 'text.primary',
    py: 0.75,
    px: 1,
    minWidth: 0,
  },
  '& > thead > tr > th': {
    lineHeight: '1.5rem',
    fontWeight: 600,
    color: 'text.secondary',
    whiteSpace: 'nowrap',
  },
  '& > thead > tr > th:first-of-type': { width: { xs: '34%', sm: '28%' } },
  '& > tbody > tr > th': { fontWeight: 600, width: { sm: '28%' } },
  '& .df-sign': { fontFamily: 'monospace', mr: 0.75 },
  '& .df-label': { overflowWrap: 'anywhere' },
  '& .df-hidden': visuallyHidden,
  '& td.df-before': { bgcolor: tint('removed', 0.08)(theme) },
  '& td.df-after': { bgcolor: tint('added', 0.08)(theme) },
  '& .df-stack': { display: 'grid', gap: 0.25 },
  '& .df-removed, & .df-added': { px: 0.5, borderRadius: 0.5 },
  '& .df-removed': { bgcolor: tint('removed', 0.1)(theme) },
  '& .df-added': { bgcolor: tint('added', 0.1)(theme) },
  '& .df-mark': { mr: 0.75 },
  ...diffTextRules(theme),
}));

/** The before side of a change is tinted as removed, the after side as added. */
function sideClass(line: FieldLine, side: 'before' | 'after') {
  const value = side === 'before' ? line.before : line.after;
  if (value === null || line.change === 'unchanged') return undefined;
  return side === 'before' ? 'df-before' : 'df-after';
}

function Label({ line }: { line: FieldLine }) {
  return (
    <th scope="row">
      <span className="df-sign" aria-hidden="true">
        {sign[line.change]}
      </span>
      <span className="df-label">{line.label}</span>
      <span className="df-hidden">{`, ${changeWords[line.change]}`}</span>
    </th>
  );
}

/** One side of a field's line. */
interface SideProps {
  line: FieldLine;
  side: 'before' | 'after';
  revealed: boolean;
}

/** One side of an inline change, on its own tinted line. */
function InlineSide({ line, side, revealed }: SideProps) {
  const before = side === 'before';
  return (
    <div className={before ? 'df-removed' : 'df-added'}>
      <span className="df-mark" aria-hidden="true">
        {before ? '−' : '+'}
      </span>
      <span className="df-hidden">{before ? 'Before: ' : 'After: '}</span>
      <Text line={line} side={side} revealed={revealed} />
    </div>
  );
}

function Text({ line, side, revealed }: SideProps) {
  return (
    <DiffText
      value={side === 'before' ? line.before : line.after}
      side={side}
      segments={line.segments}
      secret={line.secret}
      revealed={revealed}
    />
  );
}

/** A component's fields before → after: two columns side by side, or one stacked (inline). */
export function DiffFieldsTable({ label, lines, view, revealed }: Props) {
  const tableClass = useStaticClass(tableRules);
  return (
    <table className={tableClass} aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          {view === 'split' ? (
            <>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </>
          ) : (
            <th scope="col">Before → after</th>
          )}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) =>
          view === 'split' ? (
            <tr key={line.id}>
              <Label line={line} />
              <td className={sideClass(line, 'before')}>
                <Text line={line} side="before" revealed={revealed} />
              </td>
              <td className={sideClass(line, 'after')}>
                <Text line={line} side="after" revealed={revealed} />
              </td>
            </tr>
          ) : (
            <tr key={line.id}>
              <Label line={line} />
              <td>
                {line.change === 'unchanged' ? (
                  <Text line={line} side="after" revealed={revealed} />
                ) : (
                  <div className="df-stack">
                    {line.before !== null && (
                      <InlineSide line={line} side="before" revealed={revealed} />
                    )}
                    {line.after !== null && (
                      <InlineSide line={line} side="after" revealed={revealed} />
                    )}
                  </div>
                )}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
