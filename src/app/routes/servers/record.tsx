import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { serverUpgradeQueryOptions } from '@/features/servers/api/get-server-upgrade';
import { RecordScreen } from '@/features/servers/components/records/record-screen';
import { preloadOrNotFound } from '@/lib/preload-or-not-found';

export async function loader({ params }: LoaderFunctionArgs) {
  await preloadOrNotFound(serverUpgradeQueryOptions(params.serverId ?? '', params.upgradeId ?? ''));
  return null;
}

export function Component() {
  const { serverId = '', upgradeId = '' } = useParams();
  return <RecordScreen serverId={serverId} upgradeId={upgradeId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
