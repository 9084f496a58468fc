import { useLocation, useNavigate, useSearchParams } from 'react-router';

const FLAG = 'rollbackConfirmOpenedHere';

function openedHere(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && (state as Record<string, unknown>)[FLAG] === true
  );
}

/**
 * The confirmation has its URL (`confirm=1`), so Back closes it. Opened from the page: closing
 * goes one step back; opened from a link or a reload: the URL is replaced. Once the rollback
 * started, the confirmation's URL is replaced by the operation's.
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
    started: (operationId: string) =>
      setSearch(
        edit((n) => {
          n.delete('confirm');
          n.set('operation', operationId);
        }),
        { replace: true },
      ),
  };
}
