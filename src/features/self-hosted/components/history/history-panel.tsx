import { HistoryView } from '@/components/history/history-view';
import { describeAction } from '@/components/history/history-text';
import { selfHostedAuditActions } from '@/contract/self-hosted-tenants';
import { useSelfHostedHistory } from '../../api/list-self-hosted-history';

const describe = describeAction({
  [selfHostedAuditActions.register]: 'Register to test',
  [selfHostedAuditActions.withdraw]: 'Registration withdrawn',
  [selfHostedAuditActions.update]: 'Update',
  [selfHostedAuditActions.reactivate]: 'Reactivate',
  [selfHostedAuditActions.tenantDenied]: 'Tenant denied provisioning',
});

/** Registrations, withdrawals, switches and tenant denials, newest first. */
export function HistoryPanel({ applicationId, name }: { applicationId: string; name: string }) {
  return (
    <HistoryView
      query={useSelfHostedHistory(applicationId)}
      name={name}
      describe={describe}
      emptyDetail={`Registrations to test, withdrawals and version switches of ${name} will be listed here.`}
    />
  );
}
