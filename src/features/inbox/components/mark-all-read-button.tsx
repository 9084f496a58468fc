import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { describeError } from '@/components/feedback/describe-error';
import { useToast } from '@/components/feedback/toast-context';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useNotificationSummary } from '../api/get-notification-summary';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import type { InboxCategory } from '../inbox-params';
import { categoryLabels } from '../notification-text';

/** Marks every unread notification of the chosen category read (all of Events under "All"). */
export function MarkAllReadButton({ category }: { category: InboxCategory }) {
  const { data: summary } = useNotificationSummary();
  const markAll = useMarkAllNotificationsRead();
  const toast = useToast();
  const once = useSingleFlight();
  // Said beside the button, where it was pressed; a retry clears it.
  const [problem, setProblem] = useState<string | null>(null);
  const scope = category === 'all' ? '' : ` (${categoryLabels[category]})`;

  const onClick = () =>
    once((release) => {
      setProblem(null);
      markAll.mutate(category, {
        onSuccess: ({ marked }) => {
          release();
          toast.show({
            message:
              marked === 0
                ? `Nothing to mark${scope}: everything was read already.`
                : `Marked ${String(marked)} as read${scope}.`,
            severity: marked === 0 ? 'info' : 'success',
            key: 'mark-all-read',
          });
        },
        onError: (error) => {
          release();
          const { title, detail } = describeError(error);
          setProblem(`Nothing was marked read${scope}. ${title}. ${detail}`);
        },
      });
    });

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-end' }}>
      <Button
        size="small"
        startIcon={<DoneAllIcon />}
        onClick={onClick}
        loading={markAll.isPending}
        // Nothing unread anywhere in Events: nothing to do.
        disabled={summary?.unread === 0}
      >
        Mark all read{scope}
      </Button>
      {problem ? <Alert severity="error">{problem}</Alert> : null}
    </Stack>
  );
}
