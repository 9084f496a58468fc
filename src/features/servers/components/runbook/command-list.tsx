import Box from '@mui/material/Box';
import { CopyButton } from './copy-button';
import { MONO } from './step-text';

/** A step's exact commands, one per line, each with its own copy button. */
export function CommandList({ commands, label }: { commands: readonly string[]; label: string }) {
  if (commands.length === 0) return null;
  return (
    <Box
      component="ul"
      aria-label={label}
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.5 }}
    >
      {commands.map((command) => (
        <Box
          component="li"
          key={command}
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 1,
            bgcolor: 'action.hover',
            borderRadius: 1,
            pl: 1.5,
            pr: 0.5,
            minWidth: 0,
          }}
        >
          <Box
            component="code"
            sx={{
              fontFamily: MONO,
              fontSize: 13,
              flex: 1,
              minWidth: 0,
              overflowWrap: 'anywhere',
              py: 0.75,
            }}
          >
            {command}
          </Box>
          <CopyButton text={command} label={`Copy the command: ${command}`} />
        </Box>
      ))}
    </Box>
  );
}
