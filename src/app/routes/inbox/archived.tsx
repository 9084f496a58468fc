import type { LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ArchivedPanel } from '@/features/inbox/components/archived-panel';
import { loadInbox, sameTabRevalidation } from './load-inbox';

export function loader({ request }: LoaderFunctionArgs) {
  return loadInbox('archived', request);
}

export const shouldRevalidate = sameTabRevalidation;

export function Component() {
  return <ArchivedPanel />;
}

export const ErrorBoundary = RouteErrorBoundary;
