import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { installedApplicationQueryOptions } from '@/features/templates/api/get-installed-application';
import { upgradeRecordQueryOptions } from '@/features/templates/api/get-template-upgrade-record';
import { RollbackScreen } from '@/features/templates/components/rollback/rollback-screen';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/**
 * Starts the record's and the application's fetches with the route chunk; an unknown application
 * or upgrade is the route's "Page not found". Other failures show inside the page with a Retry.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const record = upgradeRecordQueryOptions(params.installedId ?? '', params.upgradeId ?? '');
  const app = installedApplicationQueryOptions(params.installedId ?? '');
  await preload(Promise.all([queryClient.query(record), queryClient.query(app)]));
  for (const key of [record.queryKey, app.queryKey]) {
    const error = queryClient.getQueryState(key)?.error;
    if (isApiError(error) && error.status === 404) throw error;
  }
  return null;
}

/** The choice, the view options and the operation only touch the query string. */
export { shouldRevalidate } from '@/lib/list-route';

export function Component() {
  const { installedId = '', upgradeId = '' } = useParams();
  return <RollbackScreen applicationId={installedId} upgradeId={upgradeId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
