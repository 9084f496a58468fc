import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { AccessPanel } from './access-panel';
import { HistoryPanel } from './history-panel';
import { renderDetail, SLOW } from './detail-test-utils';

describe('application detail: access and history', () => {
  it('Access: administrators and users by name, with the ACTIVITI_ADMIN role on admins', async () => {
    renderDetail('access', (app) => <AccessPanel applicationId={app.id} />);

    const adminUsers = await screen.findByRole('list', { name: 'Administrators: users' }, SLOW);
    const items = within(adminUsers).getAllByRole('listitem');
    expect(
      items.map((i) => within(i).getByText(/^(Alex Morgan|Mateo Rossi)$/).textContent),
    ).toEqual(['Alex Morgan', 'Mateo Rossi']);
    for (const item of items) expect(item).toHaveTextContent('ACTIVITI_ADMIN');
    const userGroups = screen.getByRole('list', { name: 'Users: groups' });
    expect(within(userGroups).getByRole('listitem')).toHaveTextContent('finance-users');
    expect(within(userGroups).getByRole('listitem')).not.toHaveTextContent('ACTIVITI_ADMIN');
    expect(screen.queryByRole('list', { name: 'Users: users' })).not.toBeInTheDocument();
    expect(screen.getByText('Revision 1')).toBeInTheDocument();
  });

  it('Access: a failed directory shows a Retry in the tab', async () => {
    simulator.setScenario({ failure: { endpointId: 'listGroups', status: 500 } });
    renderDetail('access', (app) => <AccessPanel applicationId={app.id} />);
    expect(await screen.findByText('Access could not be loaded', {}, SLOW)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

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
});
