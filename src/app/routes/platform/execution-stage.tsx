import { useOutletContext } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { PlanOutlet } from '@/features/platform/components/plan/plan-outlet';
import { StagingRoute } from '@/features/platform/components/staging/staging-route';

/** "Stage an application" over the Execution tab: …/execution/stage[?application=&from=&to=]. */
export function Component() {
  return <StagingRoute {...useOutletContext<PlanOutlet>()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
