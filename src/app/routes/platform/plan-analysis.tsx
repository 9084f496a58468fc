import { useOutletContext, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { upgradePlanQueryOptions } from '@/features/platform/api/get-upgrade-plan';
import { platformReleasesQueryOptions } from '@/features/platform/api/list-platform-releases';
import { AnalysisPanel } from '@/features/platform/components/analysis/analysis-panel';
import type { PlanOutlet } from '@/features/platform/components/plan/plan-outlet';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

/** The release notes of every crossed version, once the plan says which (it is being loaded). */
export async function loader({ params }: LoaderFunctionArgs) {
  await preload(
    queryClient
      .query(upgradePlanQueryOptions(params.planId ?? ''))
      .then((plan) => queryClient.query(platformReleasesQueryOptions(plan.from, plan.to))),
  );
  return null;
}

export function Component() {
  const { plan } = useOutletContext<PlanOutlet>();
  return <AnalysisPanel plan={plan} />;
}

export const ErrorBoundary = RouteErrorBoundary;
