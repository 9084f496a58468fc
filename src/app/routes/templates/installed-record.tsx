import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { upgradeRecordQueryOptions } from '@/features/templates/api/get-template-upgrade-record';
import { RecordScreen } from '@/features/templates/components/records/record-screen';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** Preloads the record; a 404 is "Page not found", other failures show in the page. */
export async function loader({ params }: LoaderFunctionArgs) {
  const options = upgradeRecordQueryOptions(params.installedId ?? '', params.upgradeId ?? '');
  await preload(queryClient.query(options));
  const state = queryClient.getQueryState(options.queryKey);
  if (isApiError(state?.error) && state.error.status === 404) throw state.error;
  return null;
}

export function Component() {
  const { installedId = '', upgradeId = '' } = useParams();
  return <RecordScreen applicationId={installedId} upgradeId={upgradeId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
