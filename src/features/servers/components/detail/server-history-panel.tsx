import { HistoryView } from '@/components/history/history-view';
import { describeAction } from '@/components/history/history-text';
import { useServerHistory } from '../../api/list-server-history';
import { RUNBOOK, stepTitles } from '../../runbook';

/** The simulator's audit actions for servers (operations are recorded under their kind). */
const describe = describeAction({
  'server.upgrade': 'Upgrade started',
  'server.upgrade.prepare': 'Download and update packages',
  'server.upgrade.export': 'Export the configuration',
  'server.upgrade.apply': 'Down, upgrade, up, check and version',
  'server.upgrade.runbook': 'Runbook handed to the operator',
  'server.check': 'Service statuses checked',
  'server.configuration.update': 'global.yaml saved',
  'server.upgrade.downtime': 'Downtime confirmed: down, upgrade, up, check and version',
  'server.upgrade.scheduled': 'Downtime confirmed and scheduled',
  'server.upgrade.unscheduled': 'Scheduled upgrade cancelled',
  'server.upgrade.completed': 'Upgrade completed: the pasted version output matched the release',
  ...Object.fromEntries(
    RUNBOOK.map((id) => [`server.upgrade.step.${id}`, `Marked done: ${stepTitles[id]}`]),
  ),
});

/** Upgrades and their steps, checks and global.yaml saves, newest first. */
export function ServerHistoryPanel({ serverId, name }: { serverId: string; name: string }) {
  return (
    <HistoryView
      query={useServerHistory(serverId)}
      name={name}
      describe={describe}
      emptyDetail={`Upgrades, checks and changes to global.yaml of ${name} will be listed here.`}
    />
  );
}
