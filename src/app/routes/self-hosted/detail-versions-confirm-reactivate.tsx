import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ConfirmSwitchRoute } from './confirm-switch-route';
import { loadVersions } from './load-versions';

export const loader = loadVersions;

/** "Confirm Reactivate" (the downgrade) at …/versions/<version>/confirm-reactivate. */
export function Component() {
  return <ConfirmSwitchRoute direction="reactivate" />;
}

export const ErrorBoundary = RouteErrorBoundary;
