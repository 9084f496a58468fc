import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { applicationQueryOptions } from '@/features/applications/api/get-application';
import { applicationAccessQueryOptions } from '@/features/applications/api/get-application-access';
import { UpgradeGate } from '@/features/applications/upgrade/upgrade-gate';
import { isApiError } from '@/lib/problem';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs): Promise<{ name?: string }> {
  const applicationId = params.applicationId ?? '';
  const options = applicationQueryOptions(applicationId);
  await preload(
    Promise.all([
      queryClient.query(options),
      queryClient.query(applicationAccessQueryOptions(applicationId)),
    ]),
  );
  const state = queryClient.getQueryState(options.queryKey);
  if (isApiError(state?.error) && state.error.status === 404) throw state.error;
  return { name: state?.data?.name };
}

export function Component() {
  const { applicationId = '' } = useParams();
  return (
    <UpgradeGate applicationId={applicationId}>
      <Outlet />
    </UpgradeGate>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
