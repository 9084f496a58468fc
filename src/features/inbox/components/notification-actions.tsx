import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import DraftsOutlinedIcon from '@mui/icons-material/DraftsOutlined';
import MarkEmailUnreadOutlinedIcon from '@mui/icons-material/MarkEmailUnreadOutlined';
import UnarchiveOutlinedIcon from '@mui/icons-material/UnarchiveOutlined';
import { describeError } from '@/components/feedback/describe-error';
import { useToast } from '@/components/feedback/toast-context';
import type { Notification, NotificationPatch } from '@/contract/notifications';
import { useUpdateNotification } from '../api/update-notification';
import type { InboxBox } from '../inbox-params';

interface NotificationActionsProps {
  notification: Notification;
  box: InboxBox;
  /** After it moved to the other box: the list takes the focus back. */
  onMoved: () => void;
}

function notDone(patch: NotificationPatch): string {
  if (patch.read !== undefined) return patch.read ? 'was not marked read' : 'was not marked unread';
  return patch.archived ? 'was not archived' : 'was not restored';
}

/** Mark read / unread, and Archive (Events) or Restore (Archived). Names include the title. */
export function NotificationActions({ notification: n, box, onMoved }: NotificationActionsProps) {
  const update = useUpdateNotification();
  const toast = useToast();
  const pending = update.isPending ? update.variables.patch : undefined;

  // One subject per notification: a retry's outcome replaces, or clears, the earlier failure.
  const key = `notification:${n.id}`;
  const run = (patch: NotificationPatch, done?: string) =>
    update.mutate(
      { notificationId: n.id, patch },
      {
        onSuccess: () => {
          if (!done) {
            toast.dismiss(key);
            return;
          }
          toast.show({ message: done, severity: 'success', key });
          onMoved();
        },
        onError: (error) => {
          const { title, detail } = describeError(error);
          toast.show({
            message: `“${n.title}” ${notDone(patch)}. ${title}. ${detail}`,
            severity: 'error',
            key,
          });
        },
      },
    );

  const readLabel = n.read ? 'Mark unread' : 'Mark read';
  const moveLabel = box === 'inbox' ? 'Archive' : 'Restore';
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Button
        size="small"
        variant="outlined"
        aria-label={`${readLabel}: ${n.title}`}
        startIcon={n.read ? <MarkEmailUnreadOutlinedIcon /> : <DraftsOutlinedIcon />}
        loading={pending?.read !== undefined}
        disabled={update.isPending}
        onClick={() => run({ read: !n.read })}
      >
        {readLabel}
      </Button>
      <Button
        size="small"
        variant="outlined"
        aria-label={`${moveLabel}: ${n.title}`}
        startIcon={box === 'inbox' ? <ArchiveOutlinedIcon /> : <UnarchiveOutlinedIcon />}
        loading={pending?.archived !== undefined}
        disabled={update.isPending}
        onClick={() =>
          run(
            { archived: box === 'inbox' },
            box === 'inbox' ? `Archived: ${n.title}` : `Restored to Events: ${n.title}`,
          )
        }
      >
        {moveLabel}
      </Button>
    </Stack>
  );
}
