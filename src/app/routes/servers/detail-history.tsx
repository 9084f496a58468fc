import { serverHistoryQueryOptions } from '@/features/servers/api/list-server-history';
import { ServerHistoryPanel } from '@/features/servers/components/detail/server-history-panel';
import { historyTab } from '../history-tab';

export const { loader, Component, ErrorBoundary } = historyTab(
  serverHistoryQueryOptions,
  ({ applicationId, name }) => <ServerHistoryPanel serverId={applicationId} name={name} />,
  'serverId',
);
