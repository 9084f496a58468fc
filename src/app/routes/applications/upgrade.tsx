import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { applicationAccessQueryOptions } from '@/features/applications/api/get-application-access';
import { UpgradeGate } from '@/features/applications/upgrade/upgrade-gate';
import { queryClient } from '@/lib/query-client';
import { loadApplication, type ApplicationLoaderData } from './load-application';

export function loader({ params }: LoaderFunctionArgs): Promise<ApplicationLoaderData> {
  const applicationId = params.applicationId ?? '';
  return loadApplication(applicationId, [
    queryClient.query(applicationAccessQueryOptions(applicationId)),
  ]);
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
