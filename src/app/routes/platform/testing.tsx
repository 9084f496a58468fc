import { useOutletContext } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { PlanOutlet } from '@/features/platform/components/plan/plan-outlet';
import { TestingPanel } from '@/features/platform/components/testing/testing-panel';

/** The Testing tab: per environment, hot-points and the Error Log; tested is done. */
export function Component() {
  return <TestingPanel plan={useOutletContext<PlanOutlet>().plan} />;
}

export const ErrorBoundary = RouteErrorBoundary;
