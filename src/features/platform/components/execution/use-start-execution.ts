import type * as z from 'zod/mini';
import type { StartExecutionRequest } from '@/contract/platform-plans';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useStartExecution } from '../../api/execution-mutations';
import { targetOf, type ExecutionView } from './execution-view';
import { useAttemptKey } from './use-attempt-key';

type Body = z.input<typeof StartExecutionRequest>;

/**
 * Starts (or, after a failure, resumes) the environment's upgrade once per attempt: a double
 * click or a Retry after a timeout replays the Idempotency-Key; a Retry after the execution
 * failed is a new attempt.
 */
export function useStartExecutionFlow(view: ExecutionView) {
  const start = useStartExecution(targetOf(view));
  const { keyFor, started } = useAttemptKey();
  const once = useSingleFlight();
  const send = (body: Body) =>
    new Promise<boolean>((resolve) =>
      once((release) => {
        const idempotencyKey = keyFor(body);
        start.mutateAsync({ body, idempotencyKey }).then(
          () => {
            started();
            release();
            resolve(true);
          },
          () => {
            release();
            resolve(false);
          },
        );
      }),
    );
  return { start, send };
}
