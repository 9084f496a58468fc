import { Outlet } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { ApplicationsListScreen } from '@/features/applications/components/applications-list-screen';

// The loader is the route's own, beside this lazy module (./list-data.ts).

export function Component() {
  return (
    <>
      <ApplicationsListScreen />
      {/* Dialogs of the list (readiness check) render over it. */}
      <Outlet />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
