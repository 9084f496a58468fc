import Box from '@mui/material/Box';
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

const mono = {
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSize: '0.8125rem',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;

/**
 * One side of a value, with jsdiff's parts highlighted: removed words struck through (`del`),
 * added words underlined (`ins`), so the highlight is not colour alone.
 */
export function DiffText({ value, side, segments, secret, revealed }: Props) {
  if (value === null) {
    return (
      <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
        {side === 'before' ? 'not there' : 'gone'}
      </Box>
    );
  }
  if (secret && !revealed) {
    return (
      <Box component="span" sx={mono} aria-label="Secret value, hidden">
        {MASK}
      </Box>
    );
  }
  if (segments.length === 0)
    return (
      <Box component="span" sx={mono}>
        {value}
      </Box>
    );
  const skip = side === 'before' ? 'added' : 'removed';
  return (
    <Box component="span" sx={mono}>
      {segments.map((s, i) => {
        if (s.kind === skip) return null;
        if (s.kind === 'same') return <span key={i}>{s.value}</span>;
        const removed = s.kind === 'removed';
        return (
          <Box
            key={i}
            component={removed ? 'del' : 'ins'}
            sx={{
              bgcolor: tint(removed ? 'removed' : 'added', 0.28),
              textDecorationThickness: '1px',
              borderRadius: 0.5,
            }}
          >
            {s.value}
          </Box>
        );
      })}
    </Box>
  );
}
