import { useOutletContext, useParams } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { EnvironmentPage } from '@/features/platform/components/execution/environment-page';
import type { PlanOutlet } from '@/features/platform/components/plan/plan-outlet';

/** One environment's execution (…/execution/:environmentId): its three steps, live. */
export function Component() {
  const { environmentId = '' } = useParams();
  return <EnvironmentPage {...useOutletContext<PlanOutlet>()} environmentId={environmentId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
