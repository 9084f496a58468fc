import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { DiffText } from './diff-text';
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

/** The before side of a change is tinted as removed, the after side as added. */
function sideTint(line: FieldLine, side: 'before' | 'after') {
  const value = side === 'before' ? line.before : line.after;
  if (value === null || line.change === 'unchanged') return undefined;
  return tint(side === 'before' ? 'removed' : 'added', 0.08);
}

const cell = { verticalAlign: 'top', py: 0.75, px: 1, minWidth: 0 } as const;

function Label({ line }: { line: FieldLine }) {
  return (
    <TableCell component="th" scope="row" sx={{ ...cell, fontWeight: 600, width: { sm: '28%' } }}>
      <Box component="span" aria-hidden="true" sx={{ fontFamily: 'monospace', mr: 0.75 }}>
        {sign[line.change]}
      </Box>
      <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
        {line.label}
      </Box>
      <Box component="span" sx={visuallyHidden}>
        {`, ${changeWords[line.change]}`}
      </Box>
    </TableCell>
  );
}

/** A component's fields before → after: two columns side by side, or one stacked (inline). */
export function DiffFieldsTable({ label, lines, view, revealed }: Props) {
  const text = (line: FieldLine, side: 'before' | 'after') => (
    <DiffText
      value={side === 'before' ? line.before : line.after}
      side={side}
      segments={line.segments}
      secret={line.secret}
      revealed={revealed}
    />
  );
  return (
    <Table size="small" aria-label={label} sx={{ tableLayout: 'fixed', width: '100%' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ ...cell, width: { xs: '34%', sm: '28%' } }}>Field</TableCell>
          {view === 'split' ? (
            <>
              <TableCell sx={cell}>Before</TableCell>
              <TableCell sx={cell}>After</TableCell>
            </>
          ) : (
            <TableCell sx={cell}>Before → after</TableCell>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) =>
          view === 'split' ? (
            <TableRow key={line.id}>
              <Label line={line} />
              <TableCell sx={{ ...cell, bgcolor: sideTint(line, 'before') }}>
                {text(line, 'before')}
              </TableCell>
              <TableCell sx={{ ...cell, bgcolor: sideTint(line, 'after') }}>
                {text(line, 'after')}
              </TableCell>
            </TableRow>
          ) : (
            <TableRow key={line.id}>
              <Label line={line} />
              <TableCell sx={cell}>
                {line.change === 'unchanged' ? (
                  text(line, 'after')
                ) : (
                  <Box sx={{ display: 'grid', gap: 0.25 }}>
                    {line.before !== null && (
                      <Box sx={{ bgcolor: tint('removed', 0.1), px: 0.5, borderRadius: 0.5 }}>
                        <Box component="span" aria-hidden="true" sx={{ mr: 0.75 }}>
                          −
                        </Box>
                        <Box component="span" sx={visuallyHidden}>
                          Before:{' '}
                        </Box>
                        {text(line, 'before')}
                      </Box>
                    )}
                    {line.after !== null && (
                      <Box sx={{ bgcolor: tint('added', 0.1), px: 0.5, borderRadius: 0.5 }}>
                        <Box component="span" aria-hidden="true" sx={{ mr: 0.75 }}>
                          +
                        </Box>
                        <Box component="span" sx={visuallyHidden}>
                          After:{' '}
                        </Box>
                        {text(line, 'after')}
                      </Box>
                    )}
                  </Box>
                )}
              </TableCell>
            </TableRow>
          ),
        )}
      </TableBody>
    </Table>
  );
}
