import { Outlet } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { applicationsQueryOptions } from '@/features/applications/api/get-applications';
import { projectsQueryOptions } from '@/features/applications/api/list-projects';
import { ApplicationsListScreen } from '@/features/applications/components/applications-list-screen';
import { applicationsCodec } from '@/features/applications/list-params';
import { listRoute } from '@/lib/list-route';
import { queryClient } from '@/lib/query-client';

export const { loader, shouldRevalidate } = listRoute({
  ...applicationsCodec,
  query: applicationsQueryOptions,
  // The filters' options load beside the rows.
  beside: () => queryClient.query(projectsQueryOptions()),
});

export function Component() {
  return (
    <>
      <ApplicationsListScreen />
      {/* Dialogs of the list (readiness check) render over it. */}
      <Outlet />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
