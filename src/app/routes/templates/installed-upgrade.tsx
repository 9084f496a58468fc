import { useParams } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { UpgradeDetailsScreen } from '@/features/templates/components/upgrade/upgrade-details-screen';

// The loader is the route's own, in ./installed-upgrade-data.ts.

/** Upgrade details: the diff to the chosen version, the components to upgrade, Upgrade. */
export function Component() {
  const { installedId = '' } = useParams();
  return <UpgradeDetailsScreen applicationId={installedId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
