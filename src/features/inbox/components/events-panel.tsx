import { useRef } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { ResultCount } from '@/components/list/result-count';
import { useNotifications } from '../api/list-notifications';
import { emptyEvents } from '../notification-text';
import { CATEGORY_PANEL_ID, CategoryTabs, categoryTabId } from './category-tabs';
import { MarkAllReadButton } from './mark-all-read-button';
import { NotificationResults } from './notification-results';
import { useInboxParams } from './use-inbox-params';

const listLabels = { all: 'Events', message: 'Messages', work: 'Work updates' } as const;

const noun = ['notification', 'notifications'] as const;

/** Events: the category tabs, Mark all read and the notifications not archived. */
export function EventsPanel() {
  const [params, setParams] = useInboxParams('inbox');
  const query = useNotifications(params);
  const panel = useRef<HTMLDivElement>(null);

  return (
    <Stack spacing={1.5}>
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <CategoryTabs active={params.category} />
      </Box>
      <Box
        ref={panel}
        role="tabpanel"
        id={CATEGORY_PANEL_ID}
        aria-labelledby={categoryTabId(params.category)}
        tabIndex={-1}
        sx={{ outline: 'none', display: 'grid', gap: 1.5 }}
      >
        <ResultCount
          data={query.data}
          noun={noun}
          action={<MarkAllReadButton category={params.category} />}
        />
        <NotificationResults
          query={query}
          params={params}
          label={`${listLabels[params.category]}, newest first`}
          empty={emptyEvents[params.category]}
          onChange={setParams}
          onMoved={() => panel.current?.focus()}
        />
      </Box>
    </Stack>
  );
}
