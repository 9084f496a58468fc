import type { LoaderFunctionArgs } from 'react-router';
import { selfHostedApplicationQueryOptions } from '@/features/self-hosted/api/get-self-hosted-application';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/**
 * The Versions tab and its dialogs read the page's one application query: started (or found in
 * the cache) here, so a deep link to a dialog paints with its data. Failures show in the page.
 */
export async function loadVersions({ params }: LoaderFunctionArgs) {
  await preload(queryClient.query(selfHostedApplicationQueryOptions(params.applicationId ?? '')));
  return null;
}
