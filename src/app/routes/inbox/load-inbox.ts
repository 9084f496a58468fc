import type { ShouldRevalidateFunctionArgs } from 'react-router';
import { notificationsQueryOptions } from '@/features/inbox/api/list-notifications';
import { parseInboxParams, type InboxBox } from '@/features/inbox/inbox-params';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** Starts the tab's list with its chunk; a failure is not thrown: the list shows it with Retry. */
export async function loadInbox(box: InboxBox, request: Request) {
  const params = parseInboxParams(box, new URL(request.url).searchParams);
  await preload(queryClient.query(notificationsQueryOptions(params)));
  return null;
}

/** Category and page changes only touch the query string; the list's query fetches them. */
export function sameTabRevalidation({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (!formMethod && currentUrl.pathname === nextUrl.pathname) return false;
  return defaultShouldRevalidate;
}
