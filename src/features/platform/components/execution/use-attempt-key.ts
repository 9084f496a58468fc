import { useRef } from 'react';
import { useKeyFor } from '@/lib/use-key-for';

/**
 * Idempotency-Keys per attempt: the same request sent again after a timeout or a double click
 * replays its key, but once the work has started, a later request (a Retry after the work
 * failed, the same body or not) is a new attempt with a new key.
 */
export function useAttemptKey() {
  const keyFor = useKeyFor();
  const attempts = useRef(0);
  return {
    keyFor: (body: unknown) => keyFor({ body, attempt: attempts.current }),
    started: () => {
      attempts.current += 1;
    },
  };
}
