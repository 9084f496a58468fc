import { useParams } from 'react-router';
import type { SwitchDirection } from '@/contract/self-hosted';
import { ConfirmSwitchDialog } from '@/features/self-hosted/components/versions/confirm-switch-dialog';
import { useCloseDialog } from '@/features/self-hosted/components/versions/use-close-dialog';
import { useVersionsOutlet } from '@/features/self-hosted/components/versions/versions-outlet';

/** Confirm Update or Confirm Reactivate over the Versions tab; the URL says which. */
export function ConfirmSwitchRoute({ direction }: { direction: SwitchDirection }) {
  const { app, returnFocusTo } = useVersionsOutlet();
  const { version = '' } = useParams();
  const close = useCloseDialog(app.id);
  return (
    <ConfirmSwitchDialog
      // A new dialog (and a new Idempotency-Key) when "Confirm … instead" swaps the direction.
      key={direction}
      app={app}
      version={version}
      direction={direction}
      onClose={close}
      onStarted={() => {
        returnFocusTo(version);
        close();
      }}
    />
  );
}
