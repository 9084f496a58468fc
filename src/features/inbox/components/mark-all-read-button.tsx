import Button from '@mui/material/Button';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { describeError } from '@/components/feedback/describe-error';
import { useToast } from '@/components/feedback/toast-context';
import { useNotificationSummary } from '../api/get-notification-summary';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import type { InboxCategory } from '../inbox-params';
import { categoryLabels } from '../notification-text';

/** Marks every unread notification of the chosen category read (all of Events under "All"). */
export function MarkAllReadButton({ category }: { category: InboxCategory }) {
  const { data: summary } = useNotificationSummary();
  const markAll = useMarkAllNotificationsRead();
  const toast = useToast();
  const scope = category === 'all' ? '' : ` (${categoryLabels[category]})`;

  // The outcome of a retry replaces the failure before it.
  const key = 'mark-all-read';
  const onClick = () =>
    markAll.mutate(category, {
      onSuccess: ({ marked }) =>
        toast.show({
          message:
            marked === 0
              ? `Nothing to mark${scope}: everything was read already.`
              : `Marked ${String(marked)} as read${scope}.`,
          severity: marked === 0 ? 'info' : 'success',
          key,
        }),
      onError: (error) => {
        const { title, detail } = describeError(error);
        toast.show({
          message: `Nothing was marked read${scope}. ${title}. ${detail}`,
          severity: 'error',
          key,
        });
      },
    });

  return (
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
  );
}
