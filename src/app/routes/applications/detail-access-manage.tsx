import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { paths } from '@/config/paths';
import { applicationAccessQueryOptions } from '@/features/applications/api/get-application-access';
import {
  directoryGroupsQueryOptions,
  directoryUsersQueryOptions,
} from '@/features/applications/api/list-directory';
import { ManageAccessDialog } from '@/features/applications/components/access/manage-access-dialog';
import { preload } from '@/lib/preload';
import { useCloseRouteDialog } from '@/lib/route-dialog';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  // The same queries as the Access tab's: one cache entry each. Failures show in the dialog.
  await preload(
    Promise.all([
      queryClient.query(applicationAccessQueryOptions(params.applicationId ?? '')),
      queryClient.query(directoryUsersQueryOptions()),
      queryClient.query(directoryGroupsQueryOptions()),
    ]),
  );
  return null;
}

/** The Manage access dialog over the Access tab, at its own URL: Back closes it. */
export function Component() {
  const { applicationId = '' } = useParams();
  const close = useCloseRouteDialog(paths.applications.detail.href(applicationId, 'access'));

  return <ManageAccessDialog applicationId={applicationId} onClose={close} />;
}

export const ErrorBoundary = RouteErrorBoundary;
