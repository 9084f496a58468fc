import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { installedApplicationsQueryOptions } from '@/features/templates/api/list-installed-applications';
import { parseInstalledParams } from '@/features/templates/components/installed/installed-params';
import { InstalledScreen } from '@/features/templates/components/installed/installed-screen';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** Starts the first page's fetch with the route chunk; a failure shows in the screen. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseInstalledParams(new URL(request.url).searchParams);
  await preload(queryClient.query(installedApplicationsQueryOptions(params)));
  return null;
}

/** Search, filter, sort and page changes only touch the query string. */
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
  return <InstalledScreen />;
}

export const ErrorBoundary = RouteErrorBoundary;
