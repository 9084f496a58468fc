import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ServerDetailScreen } from '@/features/servers/components/detail/server-detail-screen';
import { serverQueryOptions } from '@/features/servers/api/get-server';
import { preloadOrNotFound } from '@/lib/preload-or-not-found';

/** The breadcrumb reads the name, once the server has arrived. */
export async function loader({ params }: LoaderFunctionArgs): Promise<{ name?: string }> {
  const server = await preloadOrNotFound(serverQueryOptions(params.serverId ?? ''));
  return { name: server?.name };
}

/**
 * The server's page. Each tab reads the server (ServerDetail, kept live while an upgrade runs)
 * with `useOutletContext<ServerDetail>()`.
 */
export function Component() {
  const { serverId = '' } = useParams();
  return (
    <ServerDetailScreen serverId={serverId}>
      {(server) => <Outlet context={server} />}
    </ServerDetailScreen>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
