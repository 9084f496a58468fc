import { useOutletContext } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { ServerDetail } from '@/contract/servers';
import { serverReleasesQueryOptions } from '@/features/servers/api/list-server-releases';
import { InstallationPanel } from '@/features/servers/components/installation/installation-panel';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** The releases beside the server (the detail route loads it): runners are held to their minimum. */
export async function loader() {
  // A failure is not thrown: the runners show without their flags, with a Retry.
  await preload(queryClient.query(serverReleasesQueryOptions()));
  return null;
}

export function Component() {
  return <InstallationPanel server={useOutletContext<ServerDetail>()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
