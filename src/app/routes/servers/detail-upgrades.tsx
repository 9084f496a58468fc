import { useOutletContext, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { ServerDetail } from '@/contract/servers';
import { serverUpgradesQueryOptions } from '@/features/servers/api/list-server-upgrades';
import { UpgradesPanel } from '@/features/servers/components/records/upgrades-panel';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  // A failure is not thrown: the tab shows it with a Retry.
  await preload(queryClient.query(serverUpgradesQueryOptions(params.serverId ?? '')));
  return null;
}

export function Component() {
  return <UpgradesPanel server={useOutletContext<ServerDetail>()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
