import { useOutletContext } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { stagingsQueryOptions } from '@/features/platform/api/staging-list';
import { ExecutionTab } from '@/features/platform/components/execution/execution-tab';
import type { PlanOutlet } from '@/features/platform/components/plan/plan-outlet';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** The plan is loaded by the plan's route; the stagings with their open backports start here. */
export async function loader() {
  // A failure is not thrown: the list says so in place, with a Retry.
  await preload(queryClient.query(stagingsQueryOptions()));
  return null;
}

/** The Execution tab; "Stage an application" is its child URL (…/execution/stage). */
export function Component() {
  return <ExecutionTab {...useOutletContext<PlanOutlet>()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
