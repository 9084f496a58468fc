import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { selfHostedApplicationsQueryOptions } from '@/features/self-hosted/api/get-self-hosted-applications';
import { MyApplicationsScreen } from '@/features/self-hosted/components/list/my-applications-screen';
import { parseListParams } from '@/features/self-hosted/list-params';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** Starts the first page's fetch with the route chunk, so there is no render-then-fetch waterfall. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseListParams(new URL(request.url).searchParams);
  // A failure is not thrown: the screen shows it under the toolbar with a Retry.
  await preload(queryClient.query(selfHostedApplicationsQueryOptions(params)));
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
  return <MyApplicationsScreen />;
}

export const ErrorBoundary = RouteErrorBoundary;
