import type { LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { EventsPanel } from '@/features/inbox/components/events-panel';
import { loadInbox, sameTabRevalidation } from './load-inbox';

export function loader({ request }: LoaderFunctionArgs) {
  return loadInbox('inbox', request);
}

export const shouldRevalidate = sameTabRevalidation;

export function Component() {
  return <EventsPanel />;
}

export const ErrorBoundary = RouteErrorBoundary;
