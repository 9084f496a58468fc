import { useState } from 'react';
import { Can } from '@/components/layout/require-permission';
import { paths } from '@/config/paths';
import { useCloseRouteDialog } from '@/lib/route-dialog';
import { isReady } from '../../runbook';
import { DowntimeDialog } from './downtime-dialog';
import { DowntimeFrame } from './downtime-frame';
import { useDowntimeOutlet } from './downtime-outlet';

/**
 * The downtime dialog over the runbook, at …/upgrade/downtime: Back closes it. Reached when the
 * upgrade is not waiting for its downtime (or by a read-only role), it says why and offers Close.
 */
export function DowntimeRoute() {
  const { server, upgrade } = useDowntimeOutlet();
  const close = useCloseRouteDialog(paths.servers.upgrade.href(server.id));
  const waitingNow =
    upgrade.status === 'preparing' && !upgrade.operationId && isReady(upgrade.steps, 'down');
  // Decided as the dialog opens: once applied, the record moves on before the URL is left.
  const [waiting] = useState(waitingNow);
  const notNow = (
    <DowntimeFrame title="Confirm the downtime" onClose={close}>
      {waiting
        ? 'Confirming the downtime needs the Administrator or Operator role.'
        : upgrade.status === 'preparing'
          ? 'Finish steps 1 to 5 first: the downtime is confirmed once everything before it is done.'
          : `The downtime is no longer open for confirmation: the upgrade is ${upgrade.status}.`}
    </DowntimeFrame>
  );
  if (!waiting) return notNow;
  return (
    <Can permission="servers:upgrade" fallback={notNow}>
      <DowntimeDialog serverId={server.id} upgrade={upgrade} onClose={close} onApplied={close} />
    </Can>
  );
}
