import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { applicationAccessQueryOptions } from '@/features/applications/api/get-application-access';
import {
  directoryGroupsQueryOptions,
  directoryUsersQueryOptions,
} from '@/features/applications/api/list-directory';
import { AccessPanel } from '@/features/applications/components/detail/access-panel';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  // Failures are not thrown: the tab shows them with a Retry.
  await preload(
    Promise.all([
      queryClient.query(applicationAccessQueryOptions(params.applicationId ?? '')),
      queryClient.query(directoryUsersQueryOptions()),
      queryClient.query(directoryGroupsQueryOptions()),
    ]),
  );
  return null;
}

export function Component() {
  const { applicationId = '' } = useParams();
  return (
    <>
      <AccessPanel applicationId={applicationId} />
      {/* The Manage access dialog, at its own URL over the tab. */}
      <Outlet />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
