import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { installedApplicationsQueryOptions } from '@/features/templates/api/list-installed-applications';
import { installedCodec } from '@/features/templates/components/installed/installed-params';
import { InstalledScreen } from '@/features/templates/components/installed/installed-screen';
import { listRoute } from '@/lib/list-route';

export const { loader, shouldRevalidate } = listRoute({
  ...installedCodec,
  query: installedApplicationsQueryOptions,
});

export function Component() {
  return <InstalledScreen />;
}

export const ErrorBoundary = RouteErrorBoundary;
