import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export interface Description {
  term: string;
  value: ReactNode;
}

/** Term and value pairs: side by side from the small breakpoint up, stacked on a phone. */
export function DescriptionList({ items }: { items: readonly Description[] }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'max-content minmax(0, 1fr)' },
        columnGap: 3,
        rowGap: { xs: 0.25, sm: 1 },
        '& dt': { color: 'text.secondary', mt: { xs: 1, sm: 0 } },
        '& dd': { m: 0, overflowWrap: 'anywhere' },
      }}
    >
      {items.map(({ term, value }) => [
        <dt key={`${term}-term`}>{term}</dt>,
        <dd key={`${term}-value`}>{value}</dd>,
      ])}
    </Box>
  );
}
