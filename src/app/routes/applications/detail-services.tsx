import { useOutletContext } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { ApplicationDetail } from '@/contract/application-detail';
import { ServicesPanel } from '@/features/applications/components/detail/services-panel';

/** A tab of the detail page; the application comes from the detail route above. */
export function Component() {
  return <ServicesPanel app={useOutletContext<ApplicationDetail>()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
