import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import { LazyTooltip } from '@/components/feedback/lazy-tooltip';
import { PlainLink } from '@/components/list/plain-link';
import { paths } from '@/config/paths';
import { useNotificationSummary } from '../api/get-notification-summary';
import { useArrivalToasts } from './use-arrival-toasts';

/** "Inbox, 3 unread": the number is in the name, not only in the badge. */
export function inboxButtonLabel(unread: number | undefined, unavailable = false): string {
  if (unavailable) return 'Inbox, unread count unavailable';
  if (unread === undefined) return 'Inbox';
  return unread === 0 ? 'Inbox, no unread' : `Inbox, ${String(unread)} unread`;
}

/**
 * The app bar's way to the Inbox, with the unread count, polled; toasts what arrives. A failed
 * poll shows "!" instead of a count that may be out of date, and no toast: polls keep trying.
 */
export function InboxButton({ userId }: { userId: string }) {
  const { data, isError } = useNotificationSummary();
  useArrivalToasts(userId, data);
  const label = inboxButtonLabel(data?.unread, isError);

  return (
    <LazyTooltip title={label}>
      <IconButton component={PlainLink} to={paths.inbox.href()} color="inherit" aria-label={label}>
        <Badge
          badgeContent={isError ? '!' : (data?.unread ?? 0)}
          max={99}
          color={isError ? 'warning' : 'error'}
        >
          <InboxOutlinedIcon />
        </Badge>
      </IconButton>
    </LazyTooltip>
  );
}
