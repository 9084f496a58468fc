import Box from '@mui/material/Box';
import TablePagination from '@mui/material/TablePagination';
import type { NotificationPage } from '@/contract/notifications';
import { formatCount } from '@/lib/format';
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
  const { data, box, label, stale, onMoved, onPageChange, onPageSizeChange } = props;
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <div>
      <Box
        component="ol"
        aria-label={label}
        aria-busy={stale}
        sx={{
          m: 0,
          p: 0,
          display: 'grid',
          gap: 1.5,
          opacity: stale ? 0.6 : 1,
          transition: stale ? 'opacity 150ms 200ms' : 'none',
        }}
      >
        {data.items.map((n) => (
          <NotificationItem key={n.id} notification={n} box={box} onMoved={onMoved} />
        ))}
      </Box>
      {data.total > INBOX_PAGE_SIZES[0] ? (
        <TablePagination
          component="div"
          count={data.total}
          page={Math.min(data.page, pageCount) - 1}
          rowsPerPage={data.pageSize}
          rowsPerPageOptions={INBOX_PAGE_SIZES}
          onPageChange={(_event, page) => onPageChange(page + 1)}
          onRowsPerPageChange={(event) => onPageSizeChange(Number(event.target.value))}
          labelRowsPerPage="Per page:"
          labelDisplayedRows={({ page }) =>
            `Page ${formatCount(page + 1)} of ${formatCount(pageCount)}`
          }
          showFirstButton
          showLastButton
          sx={{ '& .MuiTablePagination-toolbar': { flexWrap: 'wrap', px: 0 } }}
        />
      ) : null}
    </div>
  );
}
