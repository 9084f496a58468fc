import { useOutletContext } from 'react-router';
import type { ServerUpgrade } from '@/contract/server-upgrades';
import type { ServerDetail } from '@/contract/servers';

/** What the runbook hands its downtime dialog (a child route). */
export interface DowntimeOutletContext {
  server: ServerDetail;
  upgrade: ServerUpgrade;
}

export function useDowntimeOutlet(): DowntimeOutletContext {
  return useOutletContext<DowntimeOutletContext>();
}
