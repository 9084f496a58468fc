import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { AccessPanel } from './access-panel';
import { renderDetail, SLOW } from '@/testing/detail-test-utils';

describe('application detail: access', () => {
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
});
