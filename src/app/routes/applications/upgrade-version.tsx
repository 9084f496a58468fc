import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { VersionStep } from '@/features/applications/upgrade/version-step';

export function Component() {
  return <VersionStep />;
}

export const ErrorBoundary = RouteErrorBoundary;
