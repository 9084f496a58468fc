import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ConnectorsStep } from '@/features/applications/upgrade/connectors-step';

export function Component() {
  return <ConnectorsStep />;
}

export const ErrorBoundary = RouteErrorBoundary;
