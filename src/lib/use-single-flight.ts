import { useRef } from 'react';

/**
 * Lets one request out, from the first click on, until the caller releases it (a dialog on
 * failure only: on success it closes; a button that can act again once it has settled). A mutation's `isPending`
 * reaches the screen a render later, and a dialog stays open a moment after its work started,
 * so a double click would otherwise send twice (the Idempotency-Key would still make the server
 * start the work once, but the dialog would close twice, going back two steps).
 */
export function useSingleFlight() {
  const busy = useRef(false);
  return (send: (release: () => void) => void) => {
    if (busy.current) return;
    busy.current = true;
    send(() => {
      busy.current = false;
    });
  };
}
