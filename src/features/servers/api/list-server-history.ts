import { useQuery } from '@tanstack/react-query';
import { historyQueryOptions } from '@/components/history/history-query';
import { serverKeys } from './keys';

/** The audit trail's resource type for servers (the simulator records `{ type: 'server', … }`). */
export const SERVER_RESOURCE = 'server';

/** The newest upgrades, steps, checks and global.yaml saves of one server. */
export function serverHistoryQueryOptions(serverId: string) {
  return historyQueryOptions(serverKeys.history(serverId), { type: SERVER_RESOURCE, id: serverId });
}

export function useServerHistory(serverId: string) {
  return useQuery(serverHistoryQueryOptions(serverId));
}
