import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { platformEnvironmentsQueryOptions } from '@/features/platform/api/list-platform-environments';
import { upgradePlansQueryOptions } from '@/features/platform/api/list-upgrade-plans';
import { InfrastructureScreen } from '@/features/platform/components/infrastructure/infrastructure-screen';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

export async function loader() {
  // A failure is not thrown: the page shows it with a Retry.
  await preload(
    Promise.all([
      queryClient.query(platformEnvironmentsQueryOptions()),
      queryClient.query(upgradePlansQueryOptions()),
    ]),
  );
  return null;
}

export function Component() {
  return <InfrastructureScreen />;
}

export const ErrorBoundary = RouteErrorBoundary;
