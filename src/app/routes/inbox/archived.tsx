import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ArchivedPanel } from '@/features/inbox/components/archived-panel';
import { inboxListRoute } from './load-inbox';

export const { loader, shouldRevalidate } = inboxListRoute('archived');

export function Component() {
  return <ArchivedPanel />;
}

export const ErrorBoundary = RouteErrorBoundary;
