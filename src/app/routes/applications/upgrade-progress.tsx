import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ProgressStep } from '@/features/applications/upgrade/progress-step';

export function Component() {
  return <ProgressStep />;
}

export const ErrorBoundary = RouteErrorBoundary;
