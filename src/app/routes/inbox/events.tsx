import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { EventsPanel } from '@/features/inbox/components/events-panel';
import { inboxListRoute } from './load-inbox';

export const { loader, shouldRevalidate } = inboxListRoute('inbox');

export function Component() {
  return <EventsPanel />;
}

export const ErrorBoundary = RouteErrorBoundary;
