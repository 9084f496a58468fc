import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

export function ReviewSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id}>
      <Typography id={id} variant="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** "before → after". */
export function BeforeAfter({ before, after }: { before?: string; after?: string }) {
  return (
    <>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {before ?? '(none)'}
      </Box>
      {' → '}
      <Box component="span" sx={{ fontWeight: 600 }}>
        {after ?? '(removed)'}
      </Box>
    </>
  );
}
