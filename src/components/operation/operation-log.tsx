import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import type { LogLine } from '@/contract/operations';

const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The operation's log, newest line kept in view. */
export function OperationLog({ lines }: { lines: LogLine[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [lines.length]);
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" id="operation-log-title" sx={{ mb: 0.5 }}>
        Log
      </Typography>
      <Box
        ref={box}
        role="log"
        aria-labelledby="operation-log-title"
        tabIndex={0}
        sx={{
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          fontSize: 12.5,
          bgcolor: 'action.hover',
          borderRadius: 1,
          p: 1.5,
          maxHeight: 200,
          overflow: 'auto',
        }}
      >
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
      </Box>
    </Box>
  );
}
