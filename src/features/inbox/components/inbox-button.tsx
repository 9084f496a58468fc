import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import { useNotificationSummary } from '../api/get-notification-summary';
import { useArrivalToasts } from './use-arrival-toasts';

/** "Inbox, 3 unread": the number is in the name, not only in the badge. */
export function inboxButtonLabel(unread: number | undefined): string {
  if (unread === undefined) return 'Inbox';
  return unread === 0 ? 'Inbox, no unread' : `Inbox, ${String(unread)} unread`;
}

/** The app bar's way to the Inbox, with the unread count, polled; toasts what arrives. */
export function InboxButton({ userId }: { userId: string }) {
  const { data } = useNotificationSummary();
  useArrivalToasts(userId, data);
  const label = inboxButtonLabel(data?.unread);

  return (
    <Tooltip title={label}>
      <IconButton component={RouterLink} to={paths.inbox.href()} color="inherit" aria-label={label}>
        <Badge badgeContent={data?.unread ?? 0} max={99} color="error">
          <InboxOutlinedIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
