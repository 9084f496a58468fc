import Box from '@mui/material/Box';
import type { ReactNode, Ref } from 'react';

export const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

interface LogBoxProps {
  children: ReactNode;
  /** Its name: give one of the two. */
  label?: string;
  labelledBy?: string;
  ref?: Ref<HTMLDivElement>;
}

/** Printed output (an operation's log, what a command printed): monospace, scrolls, focusable. */
export function LogBox({ children, label, labelledBy, ref }: LogBoxProps) {
  return (
    <Box
      ref={ref}
      role="log"
      aria-label={label}
      aria-labelledby={labelledBy}
      tabIndex={0}
      sx={{
        fontFamily: MONOSPACE,
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
      {children}
    </Box>
  );
}
