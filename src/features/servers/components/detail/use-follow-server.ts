import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ServerSummary } from '@/contract/servers';
import { serverKeys } from '../../api/keys';

/** Changes whenever an upgrade starts or ends, the server goes down or up, or a check ends. */
function signatureOf(server: ServerSummary & { lastCheckAt: string | null }): string {
  return [
    server.state,
    server.packageVersion ?? '',
    server.activeUpgradeId ?? '',
    server.lastCheckAt ?? '',
  ].join('|');
}

/**
 * The page polls the server while an upgrade runs. When what it shows moves on, the tabs' own
 * data (records, history) and the list are read again.
 */
export function useFollowServer(server: ServerSummary & { lastCheckAt: string | null }) {
  const queryClient = useQueryClient();
  const signature = signatureOf(server);
  const seen = useRef(signature);
  const { id } = server;
  useEffect(() => {
    if (seen.current === signature) return;
    seen.current = signature;
    for (const queryKey of [serverKeys.upgrades(id), serverKeys.history(id), serverKeys.lists()])
      void queryClient.invalidateQueries({ queryKey });
  }, [queryClient, id, signature]);
}
