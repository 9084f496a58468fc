import { useOutletContext } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { ApplicationDetail } from '@/contract/application-detail';
import { ConnectorsPanel } from '@/features/applications/components/detail/connectors-panel';

/** A tab of the detail page; the application comes from the detail route above. */
export function Component() {
  return <ConnectorsPanel app={useOutletContext<ApplicationDetail>()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
