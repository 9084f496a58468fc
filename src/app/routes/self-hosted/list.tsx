import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { selfHostedApplicationsQueryOptions } from '@/features/self-hosted/api/get-self-hosted-applications';
import { MyApplicationsScreen } from '@/features/self-hosted/components/list/my-applications-screen';
import { selfHostedCodec } from '@/features/self-hosted/list-params';
import { listRoute } from '@/lib/list-route';

export const { loader, shouldRevalidate } = listRoute({
  ...selfHostedCodec,
  query: selfHostedApplicationsQueryOptions,
});

export function Component() {
  return <MyApplicationsScreen />;
}

export const ErrorBoundary = RouteErrorBoundary;
