import { useOutletContext } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { VersionsTab } from '@/features/self-hosted/components/versions/versions-tab';
import { loadVersions } from './load-versions';

export const loader = loadVersions;

/** The Versions tab (the page's index): every version, and its dialogs at child URLs. */
export function Component() {
  const app = useOutletContext<SelfHostedApplicationDetail>();
  return <VersionsTab app={app} />;
}

export const ErrorBoundary = RouteErrorBoundary;
