import { useOutletContext, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { selfHostedHistoryQueryOptions } from '@/features/self-hosted/api/list-self-hosted-history';
import { HistoryPanel } from '@/features/self-hosted/components/history/history-panel';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  // A failure is not thrown: the tab shows it with a Retry.
  await preload(queryClient.query(selfHostedHistoryQueryOptions(params.applicationId ?? '')));
  return null;
}

export function Component() {
  const app = useOutletContext<SelfHostedApplicationDetail>();
  return <HistoryPanel applicationId={app.id} name={app.name} />;
}

export const ErrorBoundary = RouteErrorBoundary;
