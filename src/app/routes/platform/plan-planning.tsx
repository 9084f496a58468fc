import { useOutletContext } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { PlanOutlet } from '@/features/platform/components/plan/plan-outlet';
import { PlanningPanel } from '@/features/platform/components/planning/planning-panel';

/** Order, strategy and schedule per environment; the plan's page has loaded all it needs. */
export function Component() {
  const { plan, infrastructure } = useOutletContext<PlanOutlet>();
  return <PlanningPanel plan={plan} infrastructure={infrastructure} />;
}

export const ErrorBoundary = RouteErrorBoundary;
