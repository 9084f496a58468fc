import Box from '@mui/material/Box';
import { MONO } from './step-text';

/** What a step printed, as the agent (or the operator's paste) left it. */
export function StepLog({ lines, label }: { lines: readonly string[]; label: string }) {
  if (lines.length === 0) return null;
  return (
    <Box
      role="log"
      aria-label={label}
      tabIndex={0}
      sx={{
        fontFamily: MONO,
        fontSize: 12.5,
        bgcolor: 'action.hover',
        borderRadius: 1,
        p: 1.5,
        maxHeight: 200,
        overflow: 'auto',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
      }}
    >
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </Box>
  );
}
