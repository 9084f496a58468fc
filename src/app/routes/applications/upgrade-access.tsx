import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { AccessStep } from '@/features/applications/upgrade/access-step';

export function Component() {
  return <AccessStep />;
}

export const ErrorBoundary = RouteErrorBoundary;
