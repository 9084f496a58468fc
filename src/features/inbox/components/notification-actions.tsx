import { useState, type MouseEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import DraftsOutlinedIcon from '@mui/icons-material/DraftsOutlined';
import MarkEmailUnreadOutlinedIcon from '@mui/icons-material/MarkEmailUnreadOutlined';
import UnarchiveOutlinedIcon from '@mui/icons-material/UnarchiveOutlined';
import { describeError } from '@/components/feedback/describe-error';
import { useToast } from '@/components/feedback/toast-context';
import { useSingleFlight } from '@/lib/use-single-flight';
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
  const once = useSingleFlight();
  // Said on the notification itself, where the button was pressed; a retry clears it.
  const [problem, setProblem] = useState<string | null>(null);
  const pending = update.isPending ? update.variables.patch : undefined;

  // The second click of a double click (detail 2) is not a second request: these buttons
  // toggle, so it would undo the first once the list has refreshed.
  const run = (event: MouseEvent, patch: NotificationPatch, done?: string) => {
    if (event.detail > 1) return;
    once((release) => {
      setProblem(null);
      // mutateAsync, not mutate's own callbacks: those are dropped when this row unmounts first
      // (a restored notification leaves the Archived list as the list refreshes), and so was the
      // toast that says where it went.
      update.mutateAsync({ notificationId: n.id, patch }).then(
        () => {
          release();
          if (!done) return;
          toast.show({ message: done, severity: 'success', key: `notification:${n.id}` });
          onMoved();
        },
        (error: unknown) => {
          release();
          const { title, detail } = describeError(error);
          setProblem(`“${n.title}” ${notDone(patch)}. ${title}. ${detail}`);
        },
      );
    });
  };

  const readLabel = n.read ? 'Mark unread' : 'Mark read';
  const moveLabel = box === 'inbox' ? 'Archive' : 'Restore';
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button
          size="small"
          variant="outlined"
          aria-label={`${readLabel}: ${n.title}`}
          startIcon={n.read ? <MarkEmailUnreadOutlinedIcon /> : <DraftsOutlinedIcon />}
          loading={pending?.read !== undefined}
          disabled={update.isPending}
          onClick={(event) => run(event, { read: !n.read })}
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
          onClick={(event) =>
            run(
              event,
              { archived: box === 'inbox' },
              box === 'inbox' ? `Archived: ${n.title}` : `Restored to Events: ${n.title}`,
            )
          }
        >
          {moveLabel}
        </Button>
      </Stack>
      {problem ? <Alert severity="error">{problem}</Alert> : null}
    </Stack>
  );
}
