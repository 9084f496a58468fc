import { useOutletContext, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { selfHostedTenantsQueryOptions } from '@/features/self-hosted/api/list-self-hosted-tenants';
import { TenantsPanel } from '@/features/self-hosted/components/tenants/tenants-panel';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  // A failure is not thrown: the tab shows it with a Retry.
  await preload(queryClient.query(selfHostedTenantsQueryOptions(params.applicationId ?? '')));
  return null;
}

export function Component() {
  return <TenantsPanel app={useOutletContext<SelfHostedApplicationDetail>()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
