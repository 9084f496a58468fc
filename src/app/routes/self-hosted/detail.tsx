import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { SelfHostedDetailScreen } from '@/features/self-hosted/components/detail/self-hosted-detail-screen';
import { loadSelfHosted, type SelfHostedLoaderData } from './load-self-hosted';

export function loader({ params }: LoaderFunctionArgs): Promise<SelfHostedLoaderData> {
  return loadSelfHosted(params.applicationId ?? '');
}

/**
 * The application's page. Each tab reads the application (SelfHostedApplicationDetail, kept
 * live while work runs) with `useOutletContext<SelfHostedApplicationDetail>()`.
 */
export function Component() {
  const { applicationId = '' } = useParams();
  return (
    <SelfHostedDetailScreen applicationId={applicationId}>
      {(app) => <Outlet context={app} />}
    </SelfHostedDetailScreen>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
