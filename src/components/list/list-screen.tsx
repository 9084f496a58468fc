import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import Typography from '@mui/material/Typography';
import { stackSx } from '@/components/layout/stack-sx';

interface ListScreenProps {
  title: string;
  /** One sentence on what the list holds. */
  description: string;
  /** The toolbar, the count and the results. */
  children: ReactNode;
}

/** A list's page: its heading and what it holds, then the list itself. */
export function ListScreen({ title, description, children }: ListScreenProps) {
  return (
    <Box sx={[stackSx(2), { minWidth: 0 }]}>
      <div>
        <Typography variant="h1">{title}</Typography>
        <Typography color="textSecondary" sx={{ mt: 0.5 }}>
          {description}
        </Typography>
      </div>
      {children}
    </Box>
  );
}
