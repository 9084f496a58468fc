import { expect, personas, test } from '../fixtures';
import type { SimulatorControl } from '../support/simulator';

const APP = { id: 'app-001', name: 'invoice-approvals' };
const ACCESS_PATH = `/applications/${APP.id}/access`;
const ROLE_MESSAGE =
  'Sofia Lindqvist does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.';

/** The seeded access of invoice-approvals, as PUT needs it. */
const seeded = {
  admins: { users: ['u-admin', 'u-mateo'], groups: [] },
  users: { users: [], groups: ['g-finance-users'] },
};

/** What the simulator has stored for the application's access. */
const storedAccess = async (simulator: SimulatorControl) =>
  (await simulator.state()).access[APP.id];

test.describe('manage access', () => {
  test.use({ allowedConsoleErrors: [/status of (403|409|422|500)/] });

  test('an admin without ACTIVITI_ADMIN is refused inline, and by the API', async ({
    page,
    manageAccess: dialog,
    simulator,
    shell,
    checkA11y,
    shot,
  }) => {
    await dialog.goto(APP.id);
    await dialog.expectEditing();
    await dialog.choose('Admin users', 'sof', 'Sofia Lindqvist');
    await expect(dialog.picker('Admin users')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.picker('Admin users')).toHaveAccessibleDescription(ROLE_MESSAGE);
    await dialog.saveButton.click();
    await expect(dialog.picker('Admin users')).toBeFocused();
    await expect(dialog.dialog).toBeVisible();
    expect((await storedAccess(simulator))?.revision).toBe(1);
    await shell.settled();
    await checkA11y(page, { name: 'manage access, refusal' });
    await shot('manage access refusal');

    const answer = await simulator.api({
      method: 'PUT',
      path: `/applications/${APP.id}/access`,
      body: { ...seeded, revision: 1, admins: { users: ['u-admin', 'u-sofia'], groups: [] } },
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      status: 422,
      title: 'Access cannot be saved',
      detail: 'Every administrator needs the ACTIVITI_ADMIN role.',
      errors: [{ field: 'admins.users.1', message: ROLE_MESSAGE }],
    });
    expect((await storedAccess(simulator))?.revision).toBe(1);
  });

  test('a stale revision (409) keeps every choice and recovers with the latest', async ({
    page,
    manageAccess: dialog,
    simulator,
    shell,
    checkA11y,
    shot,
  }) => {
    await dialog.goto(APP.id);
    await dialog.expectEditing();
    await dialog.choose('Admin groups', 'hr', 'hr-admins');
    await dialog.comment.fill('HR admins help out');
    // Another tab saves first.
    const other = await simulator.api({
      method: 'PUT',
      path: `/applications/${APP.id}/access`,
      body: { ...seeded, revision: 1, users: { users: ['u-tom'], groups: ['g-finance-users'] } },
    });
    expect(other.status).toBe(200);
    await dialog.saveButton.click();

    await expect(dialog.problem).toContainText('Someone else changed access to invoice-approvals');
    await expect(dialog.problem).toContainText('your choices are kept');
    await expect(dialog.chosen('Admin groups')).toHaveText(['hr-admins']);
    await expect(dialog.comment).toHaveValue('HR admins help out');
    await dialog.loadLatestButton.click();

    const latest = dialog.latest(2);
    await expect(latest).toContainText('Users: Tom Fischer');
    await expect(latest).toContainText('Admin groups: none');
    await expect(dialog.problem).toBeHidden();
    await expect(dialog.chosen('Admin groups')).toHaveText(['hr-admins']);
    await shell.settled();
    await checkA11y(page, { name: 'manage access, latest after a conflict' });
    await shot('manage access latest');
    await dialog.saveButton.click();

    await expect(dialog.dialog).toBeHidden();
    await expect(page).toHaveURL(ACCESS_PATH);
    expect(await storedAccess(simulator)).toMatchObject({
      revision: 3,
      admins: { users: ['u-admin', 'u-mateo'], groups: ['g-hr-admins'] },
      users: { users: [], groups: ['g-finance-users'] },
    });
  });

  test('a 500 on save keeps every choice and saves on Try again', async ({
    manageAccess: dialog,
    simulator,
  }) => {
    await simulator.bootSimulator({
      scenario: { failure: { endpointId: 'updateApplicationAccess', status: 500 } },
    });
    await dialog.goto(APP.id);
    await dialog.expectEditing();
    await dialog.choose('User groups', 'hr-u', 'hr-users');
    await dialog.comment.fill('HR joins');
    await dialog.saveButton.click();

    await expect(dialog.problem).toContainText('The server failed to handle the request');
    await expect(dialog.chosen('User groups')).toHaveText(['finance-users', 'hr-users']);
    await expect(dialog.comment).toHaveValue('HR joins');
    expect((await storedAccess(simulator))?.revision).toBe(1);

    await simulator.setScenario({ failure: null });
    await dialog.tryAgainButton.click();
    await expect(dialog.dialog).toBeHidden();
    expect((await storedAccess(simulator))?.users.groups).toEqual([
      'g-finance-users',
      'g-hr-users',
    ]);
  });

  test('a viewer gets no Manage access, a deep link offers no editing, the API says 403', async ({
    page,
    applicationDetail: detail,
    manageAccess: dialog,
    simulator,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await detail.goto(APP.id, 'Access');
    await expect(detail.accessList('Administrators', 'users')).toBeVisible();
    await expect(dialog.openButton).toHaveCount(0);
    await expect(detail.main.getByRole('button', { name: 'Manage access' })).toHaveCount(0);

    await dialog.goto(APP.id);
    await expect(dialog.notAllowed).toBeVisible();
    await expect(dialog.dialog).toContainText('needs the Administrator role');
    await expect(dialog.dialog.getByRole('combobox')).toHaveCount(0);
    await expect(dialog.saveButton).toHaveCount(0);
    await dialog.closeButton.click();
    await expect(page).toHaveURL(ACCESS_PATH);

    const answer = await simulator.api({
      method: 'PUT',
      path: `/applications/${APP.id}/access`,
      body: { ...seeded, revision: 1, users: { users: ['u-viewer'], groups: [] } },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ status: 403, requiredRoles: ['UPSHIFT_ADMINISTRATOR'] });
    expect((await storedAccess(simulator))?.revision).toBe(1);
  });
});
