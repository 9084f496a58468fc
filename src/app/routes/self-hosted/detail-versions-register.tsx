import { useParams } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { RegisterDialog } from '@/features/self-hosted/components/versions/register-dialog';
import { useCloseDialog } from '@/features/self-hosted/components/versions/use-close-dialog';
import { useVersionsOutlet } from '@/features/self-hosted/components/versions/versions-outlet';
import { loadVersions } from './load-versions';

export const loader = loadVersions;

/** "Register to Test" over the Versions tab, at …/versions/<version>/register. */
export function Component() {
  const { app, returnFocusTo } = useVersionsOutlet();
  const { version = '' } = useParams();
  const close = useCloseDialog(app.id);
  return (
    <RegisterDialog
      app={app}
      version={version}
      onClose={close}
      onStarted={() => {
        returnFocusTo(version);
        close();
      }}
    />
  );
}

export const ErrorBoundary = RouteErrorBoundary;
