import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ReviewStep } from '@/features/applications/upgrade/review-step';

export function Component() {
  return <ReviewStep />;
}

export const ErrorBoundary = RouteErrorBoundary;
