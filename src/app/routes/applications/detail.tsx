import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { loadApplication, type ApplicationLoaderData } from './load-application';
import { ApplicationDetailScreen } from '@/features/applications/components/detail/application-detail-screen';

export type DetailLoaderData = ApplicationLoaderData;

export function loader({ params }: LoaderFunctionArgs): Promise<DetailLoaderData> {
  return loadApplication(params.applicationId ?? '');
}

export function Component() {
  const { applicationId = '' } = useParams();
  return (
    <ApplicationDetailScreen applicationId={applicationId}>
      {(app) => <Outlet context={app} />}
    </ApplicationDetailScreen>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
