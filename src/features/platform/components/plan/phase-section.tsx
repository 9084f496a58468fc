import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

/** One titled part of a phase's tab (h2, under the plan's h1), with a line on what it is for. */
export function PhaseSection({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Stack component="section" aria-labelledby={id} spacing={1.5}>
      <div>
        <Typography id={id} component="h2" variant="h2">
          {title}
        </Typography>
        {intro ? (
          <Typography variant="body2" color="textSecondary" sx={{ mt: 0.5, maxWidth: '70ch' }}>
            {intro}
          </Typography>
        ) : null}
      </div>
      {children}
    </Stack>
  );
}
