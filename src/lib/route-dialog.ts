import { useLocation, useNavigate } from 'react-router';

/** In the history state of a link that opens a dialog (a child route) over its page. */
const OPENED_HERE = 'dialogOpenedHere';

function stateObject(state: unknown): Record<string, unknown> {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
}

/**
 * The history state for a link from a page to one of its dialogs: what the page already
 * carries (e.g. the list's search, for a "Back to …" link) plus where the dialog was opened.
 */
export function useDialogLinkState(): Record<string, unknown> {
  return { ...stateObject(useLocation().state), [OPENED_HERE]: true };
}

/**
 * Closes a dialog that has its own URL. Opened by a link on its page: one step back, so Back
 * does not reopen it. Deep-linked or reloaded: to `pageHref`, replacing the dialog's URL.
 */
export function useCloseRouteDialog(pageHref: string): () => void {
  const navigate = useNavigate();
  const { [OPENED_HERE]: openedHere, ...rest } = stateObject(useLocation().state);
  return () => {
    if (openedHere === true) void navigate(-1);
    else void navigate(pageHref, { replace: true, state: rest });
  };
}
