import { useCallback, useRef, useState } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import type { DiscardQuestion } from './discard-changes-dialog';

/**
 * Asks "Discard your changes?" before a dialog with unsaved input goes away, however it would
 * go: Cancel or Escape (`requestClose`), and Back, Forward or any link to another page (a
 * router blocker). Keep editing leaves everything as it was, the URL too; Discard goes on.
 * `leave` closes without asking, once the input was saved or its work started.
 */
export function useDiscardGuard(dirty: boolean, onClose: () => void) {
  const [asking, setAsking] = useState(false);
  // Set just before the dialog's own navigation away, which must not be stopped.
  const leaving = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
    [dirty],
  );
  const blocker = useBlocker(shouldBlock);

  const leave = (go: () => void = onClose) => {
    leaving.current = true;
    go();
  };
  const question: DiscardQuestion = {
    open: asking || blocker.state === 'blocked',
    onKeep: () => {
      setAsking(false);
      if (blocker.state === 'blocked') blocker.reset();
    },
    onDiscard: () => {
      setAsking(false);
      if (blocker.state === 'blocked') {
        leaving.current = true;
        blocker.proceed();
      } else leave();
    },
  };
  return {
    requestClose: () => (dirty ? setAsking(true) : leave()),
    leave,
    question,
  };
}
