import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ConfirmSwitchRoute } from './confirm-switch-route';
import { loadVersions } from './load-versions';

export const loader = loadVersions;

/** "Confirm Update" at …/versions/<version>/confirm-update. */
export function Component() {
  return <ConfirmSwitchRoute direction="update" />;
}

export const ErrorBoundary = RouteErrorBoundary;
