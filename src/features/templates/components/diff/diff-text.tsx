import type { Theme } from '@mui/material/styles';
import type { TextSegment } from '@/contract/template-diff';
import { MASK } from '@/lib/secrets';
import { tint } from './change-mark';

interface Props {
  value: string | null;
  side: 'before' | 'after';
  segments: readonly TextSegment[];
  secret: boolean;
  revealed: boolean;
}

/** The rules of `DiffText`'s classes, on the table that holds it (`DiffFieldsTable`). */
export const diffTextRules = (theme: Theme) => ({
  '& .dt-value': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.8125rem',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  '& .dt-none': { color: 'text.secondary', fontStyle: 'italic' },
  '& .dt-part': { textDecorationThickness: '1px', borderRadius: 0.5 },
  '& del.dt-part': { bgcolor: tint('removed', 0.28)(theme) },
  '& ins.dt-part': { bgcolor: tint('added', 0.28)(theme) },
});

/**
 * One side of a value, with jsdiff's parts highlighted: removed words struck through (`del`),
 * added words underlined (`ins`), so the highlight is not colour alone. Plain elements: a large
 * diff shows thousands of them, and each styled one would resolve its rules on every render.
 */
export function DiffText({ value, side, segments, secret, revealed }: Props) {
  if (value === null) {
    return <span className="dt-none">{side === 'before' ? 'not there' : 'gone'}</span>;
  }
  if (secret && !revealed) {
    return (
      <span className="dt-value" aria-label="Secret value, hidden">
        {MASK}
      </span>
    );
  }
  if (segments.length === 0) return <span className="dt-value">{value}</span>;
  const skip = side === 'before' ? 'added' : 'removed';
  return (
    <span className="dt-value">
      {segments.map((s, i) => {
        if (s.kind === skip) return null;
        if (s.kind === 'same') return <span key={i}>{s.value}</span>;
        const Part = s.kind === 'removed' ? 'del' : 'ins';
        return (
          <Part key={i} className="dt-part">
            {s.value}
          </Part>
        );
      })}
    </span>
  );
}
