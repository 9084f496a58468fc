import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isFinished } from '@/contract/operations';
import { useOperation } from '@/lib/operations';
import { useKeyFor } from '@/lib/use-key-for';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useStartServerCheck } from '../../api/runbook-mutations';
import { serverKeys } from '../../api/keys';

/**
 * `check` on the server, run as an operation. One check per attempt: a double click or a Retry
 * of a failed start replays the attempt's Idempotency-Key; once one has started, the next click
 * is a new attempt. When it ends the server (its statuses and last check time) is read again.
 */
export function useRunCheck(serverId: string) {
  const queryClient = useQueryClient();
  const start = useStartServerCheck(serverId);
  const keyFor = useKeyFor();
  const once = useSingleFlight();
  const [attempt, setAttempt] = useState(0);
  const operation = useOperation(start.data?.id, start.data);
  const status = operation.data?.status;
  const finished = status !== undefined && isFinished(status);

  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: serverKeys.detail(serverId) });
  }, [finished, queryClient, serverId]);

  const run = () =>
    once((release) =>
      start.mutate(keyFor({ serverId, attempt }), {
        onSuccess: () => setAttempt((n) => n + 1),
        onSettled: release,
      }),
    );

  return {
    run,
    start,
    operation: operation.data,
    running: start.isPending || (operation.data !== undefined && !finished),
  };
}
