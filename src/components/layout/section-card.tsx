import type { ReactNode } from 'react';
import { useId } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface SectionCardProps {
  title: ReactNode;
  /** A line under the title, e.g. a connector's kind. */
  subtitle?: ReactNode;
  /** h2 by default; h3 for a card inside a page whose own part is headed h2. */
  level?: 'h2' | 'h3';
  /** Named by its title, so it is a region landmark a screen reader can jump to. */
  named?: boolean;
  children: ReactNode;
}

/** One titled block of a detail tab (h2), e.g. a service or a connector. */
export function SectionCard({
  title,
  subtitle,
  level = 'h2',
  named = false,
  children,
}: SectionCardProps) {
  const id = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={named ? id : undefined}
      variant="outlined"
      sx={{ p: { xs: 2, sm: 2.5 }, minWidth: 0 }}
    >
      <Stack spacing={1.5}>
        <div>
          <Typography id={id} component={level} variant="h3" sx={{ overflowWrap: 'anywhere' }}>
            {title}
          </Typography>
          {subtitle ? (
            <Typography variant="body2" color="textSecondary" sx={{ mt: 0.25 }}>
              {subtitle}
            </Typography>
          ) : null}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
