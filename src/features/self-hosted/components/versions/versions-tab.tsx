import { useEffect, useRef } from 'react';
import { useOutlet } from 'react-router';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { VersionsPanel } from './versions-panel';
import { versionHeadingId, type VersionsOutletContext } from './versions-outlet';

/**
 * The Versions tab with its dialogs (child URLs) over it. A dialog that started work asks for
 * focus on that version's row: given once the dialog has gone, since the button that opened it
 * may have gone too (Register to Test becomes "Registering…").
 */
export function VersionsTab({ app }: { app: SelfHostedApplicationDetail }) {
  const focusTarget = useRef<string | null>(null);
  const context: VersionsOutletContext = {
    app,
    returnFocusTo: (version) => {
      focusTarget.current = version;
    },
  };
  const dialog = useOutlet(context);
  const open = dialog !== null;

  useEffect(() => {
    const version = focusTarget.current;
    if (open || !version) return;
    focusTarget.current = null;
    document.getElementById(versionHeadingId(version))?.focus();
  }, [open]);

  return (
    <>
      <VersionsPanel app={app} />
      {dialog}
    </>
  );
}
