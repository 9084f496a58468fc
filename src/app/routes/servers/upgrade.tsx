import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { serverQueryOptions } from '@/features/servers/api/get-server';
import { serverUpgradePlanQueryOptions } from '@/features/servers/api/get-server-upgrade-plan';
import { serverUpgradeQueryOptions } from '@/features/servers/api/get-server-upgrade';
import { serverReleasesQueryOptions } from '@/features/servers/api/list-server-releases';
import { ServerUpgradeScreen } from '@/features/servers/components/plan/server-upgrade-screen';
import { preloadOrNotFound } from '@/lib/preload-or-not-found';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/**
 * Preloads the server, then what the page shows for it: the unfinished upgrade's runbook, or
 * the plan for `to` (the latest release when absent). A 404 is "Page not found".
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const serverId = params.serverId ?? '';
  const server = await preloadOrNotFound(serverQueryOptions(serverId));
  if (!server) return null;
  const to = new URL(request.url).searchParams.get('to') ?? server.latestVersion;
  const releases = queryClient.query(serverReleasesQueryOptions());
  await preload(
    Promise.all([
      releases,
      server.activeUpgradeId
        ? queryClient.query(serverUpgradeQueryOptions(serverId, server.activeUpgradeId))
        : queryClient.query(serverUpgradePlanQueryOptions(serverId, to)),
    ]),
  );
  return null;
}

/** The upgrade plan, then the runbook; the downtime dialog is a child URL over it. */
export function Component() {
  const { serverId = '' } = useParams();
  const [search] = useSearchParams();
  return <ServerUpgradeScreen serverId={serverId} to={search.get('to')} />;
}

export const ErrorBoundary = RouteErrorBoundary;
