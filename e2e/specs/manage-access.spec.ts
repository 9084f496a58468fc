import { expect, test } from '../fixtures';
import type { SimulatorControl } from '../support/simulator';

const APP = { id: 'app-001', name: 'invoice-approvals' };
const ACCESS_PATH = `/applications/${APP.id}/access`;

/** What the simulator has stored for the application's access. */
const storedAccess = async (simulator: SimulatorControl) =>
  (await simulator.state()).access[APP.id];

test.describe('manage access', () => {
  test.use({ allowedConsoleErrors: [/status of (403|409|422|500)/] });

  test('an administrator saves a change: the tab, the History and the simulator show it', async ({
    page,
    shot,
    applicationDetail: detail,
    manageAccess: dialog,
    simulator,
    shell,
  }) => {
    await detail.goto(APP.id, 'Access');
    await dialog.openButton.click();
    await expect(page).toHaveURL(`${ACCESS_PATH}/manage`);
    await dialog.expectEditing();
    await expect(dialog.chosen('Admin users')).toHaveText(['Alex Morgan', 'Mateo Rossi']);
    await expect(dialog.chosen('User groups')).toHaveText(['finance-users']);
    await expect(dialog.saveButton).toBeDisabled();

    await dialog.choose('Admin users', 'nad', 'Nadia Haddad');
    await dialog.choose('Users', 'ken', 'Ken Watanabe');
    await dialog.comment.fill('Nadia covers quarter-end');
    await dialog.saveButton.click();

    await expect(dialog.dialog).toBeHidden();
    await expect(page).toHaveURL(ACCESS_PATH);
    await expect(detail.tab('Access')).toHaveAttribute('aria-selected', 'true');
    await expect(shell.toasts).toContainText('Access to invoice-approvals saved (revision 2).');
    await expect(detail.accessList('Administrators', 'users').getByRole('listitem')).toHaveText([
      /^Alex Morgan/,
      /^Mateo Rossi/,
      /^Nadia Haddad/,
    ]);
    await expect(detail.accessList('Users', 'users')).toContainText('Ken Watanabe');
    await expect(detail.panel).toContainText('Revision 2');
    expect(await storedAccess(simulator)).toEqual({
      applicationId: APP.id,
      revision: 2,
      admins: { users: ['u-admin', 'u-mateo', 'u-nadia'], groups: [] },
      users: { users: ['u-ken'], groups: ['g-finance-users'] },
    });

    await detail.openTab('History');
    const entry = detail.latestHistoryEntry(APP.name);
    await expect(entry.getByRole('heading', { name: 'Access changed' })).toBeVisible();
    await expect(entry).toContainText('Succeeded');
    await expect(entry).toContainText('by Alex Morgan');
    await expect(entry).toContainText(
      'Admin users: Alex Morgan, Mateo Rossi; Users: none → Admin users: Alex Morgan, Mateo Rossi, Nadia Haddad; Users: Ken Watanabe',
    );
    await expect(entry).toContainText('Nadia covers quarter-end');
    await shot('manage access history');
  });

  test('Cancel asks before discarding changes; Escape and Back close the dialog', async ({
    page,
    applicationDetail: detail,
    manageAccess: dialog,
    simulator,
  }) => {
    await detail.goto(APP.id, 'Access');
    await dialog.openButton.click();
    await dialog.expectEditing();
    await page.keyboard.press('Escape');
    await expect(dialog.dialog).toBeHidden();
    await expect(page).toHaveURL(ACCESS_PATH);

    await dialog.openButton.click();
    await dialog.expectEditing();
    await dialog.choose('Users', 'tom', 'Tom Fischer');
    await dialog.cancelButton.click();
    await dialog.discardDialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog.chosen('Users')).toHaveText(['Tom Fischer']);
    await dialog.cancelButton.click();
    await dialog.discardDialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog.dialog).toBeHidden();
    await expect(page).toHaveURL(ACCESS_PATH);
    expect((await storedAccess(simulator))?.revision).toBe(1);

    await dialog.openButton.click();
    await dialog.expectEditing();
    await page.goBack();
    await expect(dialog.dialog).toBeHidden();
    await expect(page).toHaveURL(ACCESS_PATH);
  });

  test('the dialog passes axe in the light and the dark theme', async ({
    page,
    applicationDetail: detail,
    manageAccess: dialog,
    shell,
    checkA11y,
    shot,
  }) => {
    for (const theme of ['Light', 'Dark'] as const) {
      await detail.goto(APP.id, 'Access');
      await shell.chooseTheme(theme);
      await dialog.openButton.click();
      await dialog.expectEditing();
      await dialog.choose('Admin users', 'nad', 'Nadia Haddad');
      await shell.settled();
      await checkA11y(page, { name: `manage access, ${theme.toLowerCase()} theme` });
      await shot(`manage access ${theme.toLowerCase()}`);
    }
  });
});
