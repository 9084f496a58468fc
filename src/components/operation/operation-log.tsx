import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef } from 'react';
import type { LogLine } from '@/contract/operations';
import { LogBox } from './log-box';

const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The operation's log, newest line kept in view. */
export function OperationLog({ lines }: { lines: LogLine[] }) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [lines.length]);
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" id={titleId} sx={{ mb: 0.5 }}>
        Log
      </Typography>
      <LogBox ref={box} labelledBy={titleId}>
        {lines.map((line, i) => (
          <Box
            key={i}
            sx={{
              color:
                line.level === 'error'
                  ? 'error.main'
                  : line.level === 'warn'
                    ? 'warning.main'
                    : 'text.primary',
            }}
          >
            <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
              {time.format(new Date(line.at))}
            </Box>
            {line.message}
          </Box>
        ))}
      </LogBox>
    </Box>
  );
}
