import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

/** The step's heading; focus moves here when the step appears, so screen readers announce it. */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Typography ref={ref} variant="h2" tabIndex={-1} sx={{ outline: 'none', mb: 2 }}>
      {children}
    </Typography>
  );
}
