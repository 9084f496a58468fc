import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ServerUpgrade, UpgradeMode } from '@/contract/server-upgrades';
import { isApiError } from '@/lib/problem';
import { useKeyFor } from '@/lib/use-key-for';
import { useSingleFlight } from '@/lib/use-single-flight';
import { serverUpgradesQueryOptions } from '../../api/list-server-upgrades';
import { useStartServerUpgrade } from '../../api/runbook-mutations';

interface Start {
  to: string;
  mode: UpgradeMode;
  acknowledgeDowngrade: boolean;
}

/**
 * Start, once per click: the same request replays its Idempotency-Key, so a double click or a
 * Retry after a timeout starts one upgrade. A 409 finds the unfinished upgrade to link to.
 */
export function useStartUpgrade(serverId: string, onStarted: (upgradeId: string) => void) {
  const client = useQueryClient();
  const start = useStartServerUpgrade(serverId);
  const keyFor = useKeyFor();
  const once = useSingleFlight();
  const [unfinished, setUnfinished] = useState<ServerUpgrade | null>(null);

  const send = (body: Start) =>
    once((release) =>
      start.mutate(
        { body, idempotencyKey: keyFor(body) },
        {
          onSuccess: (operation) => {
            const id = operation.result?.upgradeId;
            if (typeof id === 'string') onStarted(id);
          },
          onError: (error) => {
            release();
            if (!isApiError(error) || error.status !== 409) return;
            void client
              .query({ ...serverUpgradesQueryOptions(serverId), staleTime: 0 })
              .then((list) =>
                setUnfinished(list.items.find((u) => u.status !== 'completed') ?? null),
              )
              .catch(() => setUnfinished(null));
          },
        },
      ),
    );

  return { start, send, unfinished };
}
