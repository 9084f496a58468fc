import { selfHostedHistoryQueryOptions } from '@/features/self-hosted/api/list-self-hosted-history';
import { HistoryPanel } from '@/features/self-hosted/components/history/history-panel';
import { historyTab } from '../history-tab';

export const { loader, Component, ErrorBoundary } = historyTab(
  selfHostedHistoryQueryOptions,
  HistoryPanel,
);
