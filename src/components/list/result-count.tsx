import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import Typography from '@mui/material/Typography';
import { countRangeText } from '@/lib/format';
import { stackSx } from '@/components/layout/stack-sx';

interface ResultCountProps {
  data: { page: number; pageSize: number; total: number } | undefined;
  /** The singular and the plural: ['application', 'applications']. */
  noun: readonly [one: string, other: string];
  /** Beside the count, e.g. "Mark all read". */
  action?: ReactNode;
  /** A bar as tall as a button, with or without one (so tabs with and without line up). */
  bar?: boolean;
}

/** "1–25 of 10,018 applications", announced politely, so a search or filter is heard. */
export function ResultCount({ data, noun, action, bar = action !== undefined }: ResultCountProps) {
  const count = (
    <Typography
      role="status"
      variant="body2"
      color="textSecondary"
      sx={bar ? undefined : { minHeight: 20 }}
    >
      {data ? countRangeText(data.page, data.pageSize, data.total, noun) : null}
    </Typography>
  );
  if (!bar) return count;
  return (
    <Box
      sx={[
        stackSx(1, { direction: 'row', flexGap: true }),
        {
          alignItems: 'center',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          minHeight: 32,
        },
      ]}
    >
      {count}
      {action}
    </Box>
  );
}
