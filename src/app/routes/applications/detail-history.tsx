import { useOutletContext, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { ApplicationDetail } from '@/contract/application-detail';
import { applicationHistoryQueryOptions } from '@/features/applications/api/list-application-history';
import { HistoryPanel } from '@/features/applications/components/detail/history-panel';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  // A failure is not thrown: the tab shows it with a Retry.
  await preload(queryClient.query(applicationHistoryQueryOptions(params.applicationId ?? '')));
  return null;
}

export function Component() {
  const app = useOutletContext<ApplicationDetail>();
  return <HistoryPanel applicationId={app.id} name={app.name} />;
}

export const ErrorBoundary = RouteErrorBoundary;
