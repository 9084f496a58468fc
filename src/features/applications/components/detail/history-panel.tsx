import { HistoryView } from '@/components/history/history-view';
import { describeAction } from '@/components/history/history-text';
import { useApplicationHistory } from '../../api/list-application-history';

const describe = describeAction({
  'application.upgrade': 'Upgrade',
  'application.readiness-check': 'Upgrade readiness check',
  'application.access.update': 'Access changed',
  'application.secrets.reveal': 'Secret values revealed',
});

/** Upgrades, readiness checks, access changes and secret reveals, newest first. */
export function HistoryPanel({ applicationId, name }: { applicationId: string; name: string }) {
  return (
    <HistoryView
      query={useApplicationHistory(applicationId)}
      name={name}
      describe={describe}
      emptyDetail={`Upgrades, access changes and readiness checks of ${name} will be listed here.`}
    />
  );
}
