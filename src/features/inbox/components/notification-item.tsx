import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Notification } from '@/contract/notifications';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useUpdateNotification } from '../api/update-notification';
import type { InboxBox } from '../inbox-params';
import { resourceLink } from '../notification-text';
import { NotificationActions } from './notification-actions';
import { SeverityLabel } from './severity-label';

interface NotificationItemProps {
  notification: Notification;
  box: InboxBox;
  onMoved: () => void;
}

/** Severity, read state and time; title and message; a link to what it is about; actions. */
export function NotificationItem({ notification: n, box, onMoved }: NotificationItemProps) {
  const link = resourceLink(n);
  const markRead = useUpdateNotification();
  const titleId = `notification-${n.id}-title`;

  return (
    <Paper
      component="li"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{
        listStyle: 'none',
        p: 2,
        minWidth: 0,
        borderLeftWidth: 4,
        borderLeftColor: n.read ? 'divider' : 'primary.main',
      }}
    >
      <Stack spacing={0.75}>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        >
          <SeverityLabel severity={n.severity} />
          <Chip
            size="small"
            label={n.read ? 'Read' : 'Unread'}
            color={n.read ? 'default' : 'primary'}
            variant={n.read ? 'outlined' : 'filled'}
          />
          <Typography variant="body2" color="textSecondary">
            <time dateTime={n.at}>
              {absoluteTime(n.at)} ({relativeTime(n.at)})
            </time>
          </Typography>
        </Stack>
        <Typography
          id={titleId}
          component="h2"
          variant="h4"
          sx={{ fontWeight: n.read ? 500 : 700, overflowWrap: 'anywhere' }}
        >
          {n.title}
        </Typography>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {n.message}
        </Typography>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', pt: 0.5 }}
        >
          {link ? (
            <Link
              component={RouterLink}
              to={link.href}
              // Opening what it is about reads it.
              onClick={() => {
                if (!n.read) markRead.mutate({ notificationId: n.id, patch: { read: true } });
              }}
            >
              {link.label}
            </Link>
          ) : (
            <span />
          )}
          <NotificationActions notification={n} box={box} onMoved={onMoved} />
        </Stack>
      </Stack>
    </Paper>
  );
}
