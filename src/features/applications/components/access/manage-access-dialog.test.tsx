import { screen, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import {
  chosen,
  choose,
  helpOf,
  picker,
  renderManageAccess,
  SLOW,
} from '@/testing/access-test-utils';

const ROLE_MESSAGE =
  'Sofia Lindqvist does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.';
const stored = () => simulator.db.access['app-001'];
const save = () => screen.getByRole('button', { name: 'Save' });

describe('Manage access dialog', () => {
  it('prefills the current access and saves a change with the revision it read', async () => {
    const { user, onClose } = await renderManageAccess();
    expect(chosen('Admin users')).toEqual(['Alex Morgan', 'Mateo Rossi']);
    expect(chosen('Admin groups')).toEqual([]);
    expect(chosen('Users')).toEqual([]);
    expect(chosen('User groups')).toEqual(['finance-users']);
    expect(save()).toBeDisabled();

    await choose(user, 'Admin users', 'nad', 'Nadia Haddad');
    await choose(user, 'Users', 'ken', 'Ken Watanabe');
    await user.type(screen.getByRole('textbox', { name: 'Comment (optional)' }), 'Nadia covers');
    expect(save()).toBeEnabled();
    await user.click(save());

    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText('Access to invoice-approvals saved (revision 2).'),
    ).toBeVisible();
    expect(stored()).toMatchObject({
      revision: 2,
      admins: { users: ['u-admin', 'u-mateo', 'u-nadia'], groups: [] },
      users: { users: ['u-ken'], groups: ['g-finance-users'] },
    });
    expect(simulator.db.audit.at(-1)).toMatchObject({
      action: 'application.access.update',
      actor: { name: 'Alex Morgan' },
      from: 'Admin users: Alex Morgan, Mateo Rossi; Users: none',
      to: 'Admin users: Alex Morgan, Mateo Rossi, Nadia Haddad; Users: Ken Watanabe',
      comment: 'Nadia covers',
    });
  });

  it('explains at once that a chosen admin lacks ACTIVITI_ADMIN, and saves nothing', async () => {
    const { user, onClose } = await renderManageAccess();
    await choose(user, 'Admin users', 'sof', 'Sofia Lindqvist');
    expect(picker('Admin users')).toHaveAttribute('aria-invalid', 'true');
    expect(helpOf(picker('Admin users'))).toBe(ROLE_MESSAGE);
    await user.click(save());
    expect(picker('Admin users')).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();
    expect(stored()?.revision).toBe(1);

    await choose(user, 'Users', 'sof', 'Sofia Lindqvist');
    expect(helpOf(picker('Users'))).toBe('Search users by name.');
  });

  it("shows the server's refusal (422) at the field it names", async () => {
    const { user } = await renderManageAccess();
    await choose(user, 'Admin users', 'nad', 'Nadia Haddad');
    // The directory changes after the choice: Nadia loses the role before Save.
    const nadia = simulator.db.users.find((u) => u.id === 'u-nadia');
    if (nadia) nadia.roles = ['ACTIVITI_USER'];
    await user.click(save());

    expect(await screen.findByText('Access was not saved', {}, SLOW)).toBeVisible();
    expect(helpOf(picker('Admin users'))).toBe(
      'Nadia Haddad does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.',
    );
    expect(picker('Admin users')).toHaveFocus();
    expect(chosen('Admin users')).toEqual(['Alex Morgan', 'Mateo Rossi', 'Nadia Haddad']);
    expect(stored()?.revision).toBe(1);
  });

  it('says someone else changed it (409), keeps every choice and loads the latest', async () => {
    const { user, onClose } = await renderManageAccess();
    await choose(user, 'Admin groups', 'hr', 'hr-admins');
    // Another tab saves first.
    await apiCall(endpoints.updateApplicationAccess, {
      params: { applicationId: 'app-001' },
      body: {
        revision: 1,
        admins: { users: ['u-admin'], groups: [] },
        users: { users: ['u-tom'], groups: ['g-finance-users'] },
      },
    });
    await user.click(save());

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Someone else changed access to invoice-approvals');
    expect(chosen('Admin groups')).toEqual(['hr-admins']);
    expect(chosen('Admin users')).toEqual(['Alex Morgan', 'Mateo Rossi']);
    await user.click(within(alert).getByRole('button', { name: 'Load the latest' }));

    const latest = await screen.findByRole('region', { name: 'Stored now (revision 2)' }, SLOW);
    expect(latest).toHaveTextContent('Admin users: Alex Morgan');
    expect(latest).toHaveTextContent('Users: Tom Fischer');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(chosen('Admin groups')).toEqual(['hr-admins']);
    await user.click(save());

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(stored()).toMatchObject({
      revision: 3,
      admins: { users: ['u-admin', 'u-mateo'], groups: ['g-hr-admins'] },
    });
  });

  it('keeps every choice after a 500 and saves on Try again', async () => {
    simulator.setScenario({ failure: { endpointId: 'updateApplicationAccess', status: 500 } });
    const { user, onClose } = await renderManageAccess();
    await choose(user, 'User groups', 'hr-u', 'hr-users');
    await user.click(save());

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The server failed to handle the request');
    expect(alert).toHaveTextContent('your choices are kept');
    expect(chosen('User groups')).toEqual(['finance-users', 'hr-users']);
    simulator.clearScenario();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(stored()?.users.groups).toEqual(['g-finance-users', 'g-hr-users']);
  });

  it('keeps every choice when the server does not answer in time', async () => {
    simulator.setScenario({ timeoutEndpointId: 'updateApplicationAccess' });
    const { user } = await renderManageAccess();
    await choose(user, 'Users', 'tom', 'Tom Fischer');
    await user.click(save());
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The server took too long to answer');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(chosen('Users')).toEqual(['Tom Fischer']);
  });
});
