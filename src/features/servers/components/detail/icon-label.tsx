import type { ReactElement, ReactNode } from 'react';
import Box from '@mui/material/Box';

export interface IconLook {
  icon: ReactElement;
  /** A theme colour for the icon, e.g. 'success.main'. */
  color: string;
}

/** A state in words with an icon beside it: the colour only repeats what the words say. */
export function IconLabel({ look, children }: { look: IconLook; children: ReactNode }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center' }}>
      <Box
        component="span"
        aria-hidden="true"
        sx={{ color: look.color, display: 'inline-flex', fontSize: 18, flexShrink: 0 }}
      >
        {look.icon}
      </Box>
      <span>{children}</span>
    </Box>
  );
}
