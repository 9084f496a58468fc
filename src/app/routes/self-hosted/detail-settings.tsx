import { useOutletContext, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { selfHostedSettingsQueryOptions } from '@/features/self-hosted/api/get-self-hosted-settings';
import { SettingsPanel } from '@/features/self-hosted/components/settings/settings-panel';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';

export async function loader({ params }: LoaderFunctionArgs) {
  // A failure is not thrown: the tab shows it with a Retry.
  await preload(queryClient.query(selfHostedSettingsQueryOptions(params.applicationId ?? '')));
  return null;
}

export function Component() {
  return <SettingsPanel app={useOutletContext<SelfHostedApplicationDetail>()} />;
}

export const ErrorBoundary = RouteErrorBoundary;
