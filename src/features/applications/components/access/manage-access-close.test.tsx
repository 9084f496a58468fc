import { screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import { simulator } from '@mocks/simulator';
import { paths } from '@/config/paths';
import { renderWithProviders } from '@/testing/render';
import { AccessPanel } from '../detail/access-panel';
import { chosen, choose, renderManageAccess, SLOW } from '@/testing/access-test-utils';

describe('Manage access: closing and who may use it', () => {
  it('Cancel and Escape close at once when nothing changed', async () => {
    const { user, onClose } = await renderManageAccess();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('asks before throwing changes away, on Cancel and on Escape', async () => {
    const { user, onClose } = await renderManageAccess();
    await choose(user, 'Users', 'ken', 'Ken Watanabe');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitForElementToBeRemoved(ask);
    expect(onClose).not.toHaveBeenCalled();
    expect(chosen('Users')).toEqual(['Ken Watanabe']);

    await user.keyboard('{Escape}');
    const again = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(simulator.db.access['app-001']?.revision).toBe(1);
  });

  it('offers no editing to a viewer', async () => {
    simulator.signInAs('u-viewer');
    const { dialog } = await renderManageAccess({ editable: false });
    await within(dialog).findByText("You can't change access");
    expect(within(dialog).getByText("You can't change access")).toBeVisible();
    expect(dialog).toHaveTextContent('needs the Administrator role');
    expect(within(dialog).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it.each([
    ['u-admin', true],
    ['u-operator', false],
    ['u-viewer', false],
  ])('the Access tab shows Manage access to %s: %s', async (userId, shown) => {
    simulator.signInAs(userId);
    renderWithProviders(<AccessPanel applicationId="app-001" />, {
      url: paths.applications.detail.href('app-001', 'access'),
    });
    await screen.findByRole('list', { name: 'Administrators: users' }, SLOW);
    const link = screen.queryByRole('link', { name: 'Manage access' });
    if (shown) expect(link).toHaveAttribute('href', '/applications/app-001/access/manage');
    else expect(link).not.toBeInTheDocument();
  });
});
