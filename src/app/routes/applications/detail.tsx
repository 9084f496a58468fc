import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { applicationQueryOptions } from '@/features/applications/api/get-application';
import { ApplicationDetailScreen } from '@/features/applications/components/detail/application-detail-screen';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** What the breadcrumb reads: the name, once the application has arrived. */
export interface DetailLoaderData {
  name?: string;
}

export async function loader({ params }: LoaderFunctionArgs): Promise<DetailLoaderData> {
  const options = applicationQueryOptions(params.applicationId ?? '');
  await preload(queryClient.query(options));
  const state = queryClient.getQueryState(options.queryKey);
  // No such application: the route's error boundary shows "Page not found". Other failures
  // are shown inside the page with a Retry.
  if (isApiError(state?.error) && state.error.status === 404) throw state.error;
  return { name: state?.data?.name };
}

export function Component() {
  const { applicationId = '' } = useParams();
  return (
    <ApplicationDetailScreen applicationId={applicationId}>
      {(app) => <Outlet context={app} />}
    </ApplicationDetailScreen>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
