import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { DowntimeRoute } from '@/features/servers/components/downtime/downtime-route';

/** "Confirm the downtime" at /servers/:serverId/upgrade/downtime, over the runbook. */
export function Component() {
  return <DowntimeRoute />;
}

export const ErrorBoundary = RouteErrorBoundary;
