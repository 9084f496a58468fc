import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { templatesQueryOptions } from '@/features/templates/api/list-templates';
import { parseTemplatesParams } from '@/features/templates/components/templates/templates-params';
import { TemplatesScreen } from '@/features/templates/components/templates/templates-screen';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** Starts the first page's fetch with the route chunk; a failure shows in the screen. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = parseTemplatesParams(new URL(request.url).searchParams);
  await preload(queryClient.query(templatesQueryOptions(params)));
  return null;
}

/** Search, sort and page changes only touch the query string: the screen's query fetches them. */
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
  return <TemplatesScreen />;
}

export const ErrorBoundary = RouteErrorBoundary;
