import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import type { UseQueryResult } from '@tanstack/react-query';
import { ListResults } from '@/components/list/list-results';
import { useListControls } from '@/components/list/use-list-controls';
import type { NotificationPage } from '@/contract/notifications';
import type { InboxListParams } from '../inbox-params';
import { NotificationList } from './notification-list';

interface NotificationResultsProps {
  query: UseQueryResult<NotificationPage>;
  params: InboxListParams;
  /** The list's accessible name, e.g. "Messages, newest first". */
  label: string;
  empty: { title: string; detail: string };
  onChange: (update: (current: InboxListParams) => InboxListParams) => void;
  onMoved: () => void;
}

const pastEnd = (total: string) =>
  `There are ${total} here, so this page is past the end of the list.`;

/** An empty tab of the Inbox is an empty tray, not the "no search results" of the lists. */
const trayIcon = (
  <InboxOutlinedIcon aria-hidden="true" sx={{ fontSize: 40, color: 'text.secondary' }} />
);

export function NotificationResults(props: NotificationResultsProps) {
  const { query, params, label, empty, onMoved } = props;
  const list = useListControls(params, props.onChange);
  const texts = {
    noun: 'notifications',
    failed: 'Notifications could not be loaded',
    emptyTitle: empty.title,
    emptyDetail: empty.detail,
    pastEnd,
  };

  return (
    <ListResults
      query={query}
      texts={texts}
      list={list}
      skeleton={{ rows: 4, columns: 3 }}
      icon={trayIcon}
    >
      {(data) => (
        <NotificationList
          data={data}
          box={params.box}
          label={label}
          stale={query.isPlaceholderData}
          onMoved={onMoved}
          onPageChange={list.onPageChange}
          onPageSizeChange={list.onPageSizeChange}
        />
      )}
    </ListResults>
  );
}
