import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { paths } from '@/config/paths';
import { selfHostedAuditActions, SELF_HOSTED_RESOURCE } from '@/contract/self-hosted-tenants';
import { renderWithProviders } from '@/testing/render';
import { expectFailedRefreshKeepsEntries } from '@/testing/history-refresh';
import { selfHostedHistoryQueryOptions } from '../../api/list-self-hosted-history';
import { SelfHostedDetailScreen } from '../detail/self-hosted-detail-screen';
import { HistoryPanel } from './history-panel';

const SLOW = { timeout: 5000 };
const FLEET = { id: 'sh-003', name: 'Fleet Telemetry' };

function renderHistory(applicationId: string) {
  return renderWithProviders(
    <SelfHostedDetailScreen applicationId={applicationId}>
      {(app) => <HistoryPanel applicationId={app.id} name={app.name} />}
    </SelfHostedDetailScreen>,
    { url: paths.selfHosted.detail.href(applicationId, 'history'), path: '/my-applications/:id/*' },
  );
}

/** A registration of 3.2.0 to test, as the simulator records it. */
function recordRegistration() {
  simulator.db.audit.push({
    id: 'audit-test-register',
    at: new Date(Date.now() - 60_000).toISOString(),
    actor: { id: 'u-admin', name: 'Alex Morgan' },
    action: selfHostedAuditActions.register,
    resource: { type: SELF_HOSTED_RESOURCE, id: FLEET.id, name: FLEET.name },
    to: '3.2.0',
    comment: 'Trial for the night shift',
    outcome: 'succeeded',
  });
}

describe('a self-hosted application’s history', () => {
  it('names each entry in the self-hosted words: what, how it ended, who, from → to, comment', async () => {
    recordRegistration();
    renderHistory(FLEET.id);

    const list = await screen.findByRole(
      'list',
      { name: 'Changes to Fleet Telemetry, newest first' },
      SLOW,
    );
    const [entry, ...others] = within(list).getAllByRole('listitem');
    expect(others).toHaveLength(0);
    if (!entry) throw new Error('no history entry');
    expect(within(entry).getByRole('heading', { level: 2 })).toHaveTextContent('Register to test');
    expect(entry).toHaveTextContent('Succeeded');
    expect(entry).toHaveTextContent(/by Alex Morgan/);
    expect(entry).toHaveTextContent('— → 3.2.0');
    expect(entry).toHaveTextContent('Comment: Trial for the night shift');
  });

  it('says so when nothing was recorded', async () => {
    renderHistory(FLEET.id);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No changes recorded' }, SLOW),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Registrations to test, withdrawals and version switches of Fleet Telemetry will be listed here.',
      ),
    ).toBeVisible();
  });

  it('a failed refresh keeps the entries, with a notice and Retry above them', async () => {
    recordRegistration();
    const { queryClient, user } = renderHistory(FLEET.id);
    await expectFailedRefreshKeepsEntries({
      queryClient,
      user,
      queryKey: selfHostedHistoryQueryOptions(FLEET.id).queryKey,
      listName: 'Changes to Fleet Telemetry, newest first',
    });
  });
});
