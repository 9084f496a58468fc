import { Outlet, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { applicationsQueryOptions } from '@/features/applications/api/get-applications';
import { projectsQueryOptions } from '@/features/applications/api/list-projects';
import { ApplicationsListScreen } from '@/features/applications/components/applications-list-screen';
import { parseListParams } from '@/features/applications/list-params';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** Starts the first page's fetch with the route chunk, so there is no render-then-fetch waterfall. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseListParams(new URL(request.url).searchParams);
  // The filters' options load beside the rows; the page does not wait for them.
  queryClient.query(projectsQueryOptions()).catch(() => undefined);
  // A failure is not thrown: the screen shows it under the toolbar with a Retry.
  await preload(queryClient.query(applicationsQueryOptions(params)));
  return null;
}

/**
 * Search, filter, sort and page changes only touch the query string; the screen's query (with
 * the previous page kept on screen) fetches them, so the navigation need not wait for a loader.
 */
export function shouldRevalidate({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (!formMethod && currentUrl.pathname === nextUrl.pathname) return false;
  return defaultShouldRevalidate;
}

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
