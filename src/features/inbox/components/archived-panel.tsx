import { useRef } from 'react';
import Box from '@mui/material/Box';
import { ResultCount } from '@/components/list/result-count';
import { useNotifications } from '../api/list-notifications';
import { emptyArchived } from '../notification-text';
import { NotificationResults } from './notification-results';
import { useInboxParams } from './use-inbox-params';

const noun = ['notification', 'notifications'] as const;

/** Archived: every category, newest first; each can be restored to Events. */
export function ArchivedPanel() {
  const [params, setParams] = useInboxParams('archived');
  const query = useNotifications(params);
  const panel = useRef<HTMLDivElement>(null);

  return (
    <Box ref={panel} tabIndex={-1} sx={{ outline: 'none', display: 'grid', gap: 1.5, pt: 1 }}>
      <ResultCount data={query.data} noun={noun} bar />
      <NotificationResults
        query={query}
        params={params}
        label="Archived notifications, newest first"
        empty={emptyArchived}
        onChange={setParams}
        onMoved={() => panel.current?.focus()}
      />
    </Box>
  );
}
