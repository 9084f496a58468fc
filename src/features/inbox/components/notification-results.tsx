import Button from '@mui/material/Button';
import type { UseQueryResult } from '@tanstack/react-query';

import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import type { NotificationPage } from '@/contract/notifications';
import { formatCount } from '@/lib/format';
import type { InboxListParams } from '../inbox-params';
import { InboxEmpty } from './inbox-empty';
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

/** Whatever the request's state, the panel shows something useful: never a blank page. */
export function NotificationResults(props: NotificationResultsProps) {
  const { query, params, label, empty, onChange, onMoved } = props;
  const { data, error, isError, isFetching, isPlaceholderData, refetch } = query;

  if (isError) {
    return (
      <PanelError
        error={error}
        title="Notifications could not be loaded"
        onRetry={() => void refetch()}
        retrying={isFetching}
      />
    );
  }
  if (!data) return <TableSkeleton rows={4} columns={3} label="Loading notifications…" />;

  if (data.items.length === 0 && data.total > 0) {
    return (
      <InboxEmpty
        title={`Nothing on page ${formatCount(params.page)}`}
        detail={`There are ${formatCount(data.total)} here, so this page is past the end of the list.`}
        action={
          <Button onClick={() => onChange((c) => ({ ...c, page: 1 }))}>Back to first page</Button>
        }
      />
    );
  }
  if (data.items.length === 0) return <InboxEmpty title={empty.title} detail={empty.detail} />;

  return (
    <NotificationList
      data={data}
      box={params.box}
      label={label}
      stale={isPlaceholderData}
      onMoved={onMoved}
      onPageChange={(page) => onChange((c) => ({ ...c, page }))}
      onPageSizeChange={(pageSize) => onChange((c) => ({ ...c, pageSize, page: 1 }))}
    />
  );
}
