import { useLocation, useNavigate, useSearchParams } from 'react-router';

const FLAG = 'confirmOpenedHere';

function openedHere(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && (state as Record<string, unknown>)[FLAG] === true
  );
}

/**
 * A confirmation dialog with its URL (`confirm=1`), so Back closes it and a link opens it.
 * Opened from the page: closing goes one step back; opened from a link or a reload: the URL is
 * replaced. Once the operation started, the confirmation's URL is replaced by the operation's
 * (`operation=<id>`, plus any other parameters given).
 */
export function useConfirmStep() {
  const [, setSearch] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const edit = (change: (next: URLSearchParams) => void) => (prev: URLSearchParams) => {
    const next = new URLSearchParams(prev);
    change(next);
    return next;
  };
  return {
    open: () =>
      setSearch(
        edit((n) => n.set('confirm', '1')),
        { state: { ...(location.state as object | null), [FLAG]: true }, preventScrollReset: true },
      ),
    close: () => {
      if (openedHere(location.state)) void navigate(-1);
      else
        setSearch(
          edit((n) => n.delete('confirm')),
          { replace: true, preventScrollReset: true },
        );
    },
    started: (operationId: string, also: Readonly<Record<string, string>> = {}) =>
      setSearch(
        edit((n) => {
          n.delete('confirm');
          n.set('operation', operationId);
          for (const [key, value] of Object.entries(also)) n.set(key, value);
        }),
        { replace: true },
      ),
  };
}
