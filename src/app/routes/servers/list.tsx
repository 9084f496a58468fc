import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { serversQueryOptions } from '@/features/servers/api/list-servers';
import { ServersScreen } from '@/features/servers/components/list/servers-screen';
import { serversCodec } from '@/features/servers/servers-list-params';
import { listRoute } from '@/lib/list-route';

export const { loader, shouldRevalidate } = listRoute({
  ...serversCodec,
  query: serversQueryOptions,
});

export function Component() {
  return <ServersScreen />;
}

export const ErrorBoundary = RouteErrorBoundary;
