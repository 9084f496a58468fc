import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';

const FLAG = 'fromVersionsTab';

function stateObject(state: unknown): Record<string, unknown> {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
}

/**
 * The history state of a link from the Versions tab to one of its dialogs: what the page
 * already carries (the list's search, for "Back to My Applications") plus where it came from.
 */
export function useDialogLinkState(): Record<string, unknown> {
  return { ...stateObject(useLocation().state), [FLAG]: true };
}

/**
 * Closes a dialog over the Versions tab. Opened from the tab: one step back, so Back does not
 * reopen it. Opened by a link from elsewhere or typed in: to the tab, replacing the dialog's URL.
 */
export function useCloseDialog(applicationId: string): () => void {
  const navigate = useNavigate();
  const { [FLAG]: fromTab, ...rest } = stateObject(useLocation().state);
  return () => {
    if (fromTab === true) void navigate(-1);
    else void navigate(paths.selfHosted.detail.href(applicationId), { replace: true, state: rest });
  };
}
