import { screen, within } from '@testing-library/react';
import { expectFailedRefreshKeepsEntries } from '@/testing/history-refresh';
import { applicationHistoryQueryOptions } from '../../api/list-application-history';
import { HistoryPanel } from './history-panel';
import { renderDetail, SLOW } from '@/testing/detail-test-utils';

describe('application detail: history', () => {
  it('History: the seeded upgrade 2 → 4 by Alex Morgan with its comment', async () => {
    renderDetail('history', (app) => <HistoryPanel applicationId={app.id} name={app.name} />);

    const list = await screen.findByRole(
      'list',
      { name: 'Changes to invoice-approvals, newest first' },
      SLOW,
    );
    const [entry, ...others] = within(list).getAllByRole('listitem');
    expect(others).toHaveLength(0);
    if (!entry) throw new Error('no history entry');
    const item = within(entry);
    expect(item.getByRole('heading', { name: 'Upgrade' })).toBeInTheDocument();
    expect(item.getByText('Succeeded')).toBeInTheDocument();
    expect(entry).toHaveTextContent(/by Alex Morgan/);
    expect(entry).toHaveTextContent(
      'project version 2 (application version 2) → project version 4 (application version 3)',
    );
    expect(item.getByText('Quarter-end approval rules')).toBeInTheDocument();
  });

  it('History: says so when nothing was recorded', async () => {
    renderDetail(
      'history',
      (app) => <HistoryPanel applicationId={app.id} name={app.name} />,
      'app-003',
    );
    expect(
      await screen.findByRole('heading', { name: 'No changes recorded' }, SLOW),
    ).toBeInTheDocument();
  });

  it('History: a failed refresh keeps the entries, with a notice and Retry above them', async () => {
    const { queryClient, user } = renderDetail('history', (app) => (
      <HistoryPanel applicationId={app.id} name={app.name} />
    ));
    await expectFailedRefreshKeepsEntries({
      queryClient,
      user,
      queryKey: applicationHistoryQueryOptions('app-001').queryKey,
      listName: 'Changes to invoice-approvals, newest first',
    });
  });
});
