import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { upgradePlanQueryOptions } from '@/features/platform/api/get-upgrade-plan';
import { platformEnvironmentsQueryOptions } from '@/features/platform/api/list-platform-environments';
import { PlanScreen } from '@/features/platform/components/plan/plan-screen';
import { infrastructureOf, planTitle } from '@/features/platform/components/plan/plan-words';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';
import { preloadOrNotFound } from '@/lib/preload-or-not-found';

/** The breadcrumb reads the plan's title once the plan and its infrastructure have arrived. */
export async function loader({ params }: LoaderFunctionArgs): Promise<{ title?: string }> {
  const environments = queryClient.query(platformEnvironmentsQueryOptions());
  const plan = await preloadOrNotFound(upgradePlanQueryOptions(params.planId ?? ''));
  await preload(environments);
  if (!plan) return {};
  const infrastructures = queryClient.getQueryData(platformEnvironmentsQueryOptions().queryKey);
  const infrastructure = infrastructures
    ? infrastructureOf(plan, infrastructures.items)
    : undefined;
  return { title: planTitle(plan, infrastructure?.name) };
}

/**
 * The plan's page. Each phase reads the plan and its infrastructure with
 * `useOutletContext<PlanOutlet>()`.
 */
export function Component() {
  const { planId = '' } = useParams();
  return <PlanScreen planId={planId}>{(outlet) => <Outlet context={outlet} />}</PlanScreen>;
}

export const ErrorBoundary = RouteErrorBoundary;
