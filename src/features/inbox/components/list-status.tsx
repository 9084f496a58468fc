import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { NotificationPage } from '@/contract/notifications';
import { countRangeText } from '@/lib/format';

const noun = ['notification', 'notifications'] as const;

/** "3 notifications", announced politely when it changes; an optional action beside it. */
export function ListStatus({
  query,
  action,
}: {
  query: UseQueryResult<NotificationPage>;
  action?: ReactNode;
}) {
  const { data, isError } = query;
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{
        alignItems: 'center',
        justifyContent: 'space-between',
        flexWrap: 'wrap',
        minHeight: 32,
      }}
    >
      <Typography role="status" variant="body2" color="text.secondary">
        {data && !isError ? countRangeText(data.page, data.pageSize, data.total, noun) : null}
      </Typography>
      {action}
    </Stack>
  );
}
