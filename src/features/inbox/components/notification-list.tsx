import Box from '@mui/material/Box';
import { ListPagination } from '@/components/list/list-pagination';
import { staleSx } from '@/components/list/loading-bar';
import type { NotificationPage } from '@/contract/notifications';
import { INBOX_PAGE_SIZES, type InboxBox } from '../inbox-params';
import { NotificationItem } from './notification-item';

interface NotificationListProps {
  data: NotificationPage;
  box: InboxBox;
  label: string;
  /** The items shown belong to the previous page while the next one loads. */
  stale: boolean;
  onMoved: () => void;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

/** One page of notifications, newest first, with the pagination under it. */
export function NotificationList(props: NotificationListProps) {
  const { data, box, label, stale, onMoved } = props;
  return (
    <div>
      <Box
        component="ol"
        aria-label={label}
        aria-busy={stale}
        sx={{ m: 0, p: 0, display: 'grid', gap: 1.5, ...staleSx(stale) }}
      >
        {data.items.map((n) => (
          <NotificationItem key={n.id} notification={n} box={box} onMoved={onMoved} />
        ))}
      </Box>
      {data.total > INBOX_PAGE_SIZES[0] ? (
        <ListPagination
          total={data.total}
          page={data.page}
          pageSize={data.pageSize}
          pageSizes={INBOX_PAGE_SIZES}
          pageSizeLabel="Per page:"
          onPageChange={props.onPageChange}
          onPageSizeChange={props.onPageSizeChange}
          flush
        />
      ) : null}
    </div>
  );
}
