import { useParams } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { useCloseDialog } from '@/features/self-hosted/components/versions/use-close-dialog';
import { useVersionsOutlet } from '@/features/self-hosted/components/versions/versions-outlet';
import { WithdrawDialog } from '@/features/self-hosted/components/versions/withdraw-dialog';
import { loadVersions } from './load-versions';

export const loader = loadVersions;

/** Withdraw a registration, over the Versions tab, at …/versions/<version>/withdraw. */
export function Component() {
  const { app, returnFocusTo } = useVersionsOutlet();
  const { version = '' } = useParams();
  const close = useCloseDialog(app.id);
  return (
    <WithdrawDialog
      app={app}
      version={version}
      onClose={close}
      onWithdrawn={() => {
        returnFocusTo(version);
        close();
      }}
    />
  );
}

export const ErrorBoundary = RouteErrorBoundary;
