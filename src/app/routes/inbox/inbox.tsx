import { Outlet, useMatch } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { paths } from '@/config/paths';
import { InboxScreen } from '@/features/inbox/components/inbox-screen';

/** Nothing to load for the frame: each tab loads its own list. */
export function loader() {
  return null;
}

export function Component() {
  const archived = useMatch(paths.inbox.href('archived')) !== null;
  return (
    <InboxScreen box={archived ? 'archived' : 'inbox'}>
      <Outlet />
    </InboxScreen>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
