import { applicationHistoryQueryOptions } from '@/features/applications/api/list-application-history';
import { HistoryPanel } from '@/features/applications/components/detail/history-panel';
import { historyTab } from '../history-tab';

export const { loader, Component, ErrorBoundary } = historyTab(
  applicationHistoryQueryOptions,
  HistoryPanel,
);
