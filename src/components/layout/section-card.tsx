import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface SectionCardProps {
  title: ReactNode;
  /** A line under the title, e.g. a connector's kind. */
  subtitle?: ReactNode;
  children: ReactNode;
}

/** One titled block of a detail tab (h2), e.g. a service or a connector. */
export function SectionCard({ title, subtitle, children }: SectionCardProps) {
  return (
    <Paper component="section" variant="outlined" sx={{ p: { xs: 2, sm: 2.5 }, minWidth: 0 }}>
      <Stack spacing={1.5}>
        <div>
          <Typography component="h2" variant="h3" sx={{ overflowWrap: 'anywhere' }}>
            {title}
          </Typography>
          {subtitle ? (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }}>
              {subtitle}
            </Typography>
          ) : null}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
