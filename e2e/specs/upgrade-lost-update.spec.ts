import type { ApplicationAccess } from '@/contract/applications';
import { expect, test } from '../fixtures';
import { FAST } from '../support/simulator';
import { readyChoices } from '../support/upgrade-api';

test.describe('an upgrade and an access change saved meanwhile', () => {
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test('the stale Upgrade is refused with nothing lost; taking in the latest access upgrades and keeps the added user', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await wizard.walkToReview('app-001', { ...readyChoices, comment: 'Adds e-mail notifications' });

    // Another tab: someone adds Ken Watanabe as a user in Manage access.
    const read = await simulator.api({ method: 'GET', path: '/applications/app-001/access' });
    const access = read.body as ApplicationAccess;
    const saved = await simulator.api({
      method: 'PUT',
      path: '/applications/app-001/access',
      body: {
        revision: access.revision,
        admins: access.admins,
        users: { ...access.users, users: [...access.users.users, 'u-ken'] },
      },
    });
    expect(saved.status).toBe(200);

    await wizard.upgradeButton.click();
    const conflict = wizard.alert("Someone else changed this application's access");
    await expect(conflict).toContainText('Upgrading now would undo their change.');
    await expect(conflict).toContainText('Your choices are kept');
    await expect(page).toHaveURL(/\/upgrade\/review$/);
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    await expect(wizard.region('Connectors')).toContainText(
      'EMAIL_HOST: (none) → https://mysmtp.com',
    );
    let state = await simulator.state();
    expect(state.operations).toHaveLength(0);
    expect(state.access['app-001']?.users.users).toEqual(['u-ken']);
    await checkA11y(page, { name: 'upgrade refused, access changed meanwhile' });
    await shot('upgrade refused, access changed meanwhile');

    await conflict.getByRole('button', { name: 'Take in the latest access' }).click();
    const latest = wizard.outcome('Shown as it is now');
    await expect(latest).toContainText(
      'Access now includes the change saved meanwhile (Users: added Ken Watanabe)',
    );
    await expect(latest).toBeFocused();
    await expect(wizard.region('Access')).toContainText('No change to admin or user access.');
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    await checkA11y(page, { name: 'upgrade review, latest access taken in' });
    await shot('upgrade review, latest access taken in');

    await wizard.upgradeButton.click();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);
    await expect(wizard.outcome('now runs')).toHaveText(
      /invoice-approvals now runs project version 10 \(application version 4\)/,
      { timeout: 15_000 },
    );
    state = await simulator.state();
    expect(state.operations).toHaveLength(1);
    expect(state.access['app-001']?.users).toEqual({
      users: ['u-ken'],
      groups: ['g-finance-users'],
    });
  });
});
