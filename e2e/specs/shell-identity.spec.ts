import { expect, personas, test } from '../fixtures';
import { httpStatus, postReadinessCheck } from '../support/failures';

test.describe('shell', () => {
  test.describe('as a viewer', () => {
    // The 403 of the refused POST is provoked on purpose.
    test.use({ allowedConsoleErrors: [httpStatus(403)] });

    test('switching to the viewer hides every mutating control and the API refuses with 403', async ({
      page,
      shell,
      applicationsList,
      simulator,
      shot,
    }) => {
      await shell.goto('/applications');
      await expect(shell.userMenuButton).toHaveAccessibleName(
        'Account: Alex Morgan, Administrator',
      );
      await expect(applicationsList.rows.first()).toBeVisible();
      const adminActions = await applicationsList.readinessLinks.count();
      expect(adminActions, 'the administrator sees a readiness check per row').toBeGreaterThan(0);

      await shell.switchUser('Victor Lee');
      await expect(shell.toasts).toContainText('Signed in as Victor Lee (Viewer)');
      await expect(shell.userMenuButton).toHaveAccessibleName('Account: Victor Lee, Viewer');
      await expect(applicationsList.rows.first()).toBeVisible();
      await expect(applicationsList.readinessLinks).toHaveCount(0);
      expect((await simulator.state()).session.userId).toBe(personas.viewer);
      await shot('viewer list');

      const menu = await shell.openUserMenu();
      await expect(menu.getByRole('menuitemradio', { name: /^Victor Lee\b/ })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();

      const refused = await postReadinessCheck(page, 'app-001');
      expect(refused.status).toBe(403);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body.status).toBe(403);
      expect(refused.body.requiredRoles).toEqual(
        expect.arrayContaining(['UPSHIFT_ADMINISTRATOR', 'UPSHIFT_OPERATOR']),
      );
      const state = await simulator.state();
      expect(state.operations).toEqual([]);
      expect(state.idempotency).toEqual({});
    });
  });

  test('the operator does see the readiness check', async ({ shell, applicationsList }) => {
    await shell.goto('/applications');
    await shell.switchUser('Olivia Park');
    await expect(shell.toasts).toContainText('Signed in as Olivia Park (Operator)');
    await expect(shell.userMenuButton).toHaveAccessibleName('Account: Olivia Park, Operator');
    await expect(applicationsList.rows.first()).toBeVisible();
    await expect(
      applicationsList.row('invoice-approvals').getByRole('link', {
        name: 'Check upgrade readiness of invoice-approvals',
      }),
    ).toBeVisible();
    expect(await applicationsList.readinessLinks.count()).toBeGreaterThan(0);
  });

  test('sign out, then sign in as another person; the session survives a reload', async ({
    page,
    shell,
    applicationsList,
    simulator,
    checkA11y,
    shot,
  }) => {
    await shell.goto('/applications');
    await expect(applicationsList.rows.first()).toBeVisible();

    await shell.signOut();
    const signedOut = shell.main.getByRole('heading', { level: 1, name: 'You are signed out' });
    await expect(signedOut).toBeVisible();
    await expect(signedOut).toBeFocused();
    await expect(shell.main.getByRole('heading', { name: 'Sign in as' })).toBeVisible();
    await expect(shell.signInButton('Alex Morgan')).toHaveAccessibleName(/Administrator/);
    await expect(shell.userMenuButton).toHaveCount(0);
    await expect(shell.navigation).toHaveCount(0);
    await expect(applicationsList.table).toHaveCount(0);
    await expect(page).toHaveTitle(/Signed out/);
    expect((await simulator.state()).session.userId).toBeNull();
    await shell.settled();
    await checkA11y(page, { name: 'signed out' });
    await shot('signed out');

    await shell.signInButton('Priya Shah').click();
    await expect(shell.userMenuButton).toHaveAccessibleName('Account: Priya Shah, Product owner');
    await expect(applicationsList.rows.first()).toBeVisible();
    // A product owner has no applications:check permission either.
    await expect(applicationsList.readinessLinks).toHaveCount(0);

    await page.reload();
    await expect(shell.userMenuButton).toHaveAccessibleName('Account: Priya Shah, Product owner');
    await expect(applicationsList.rows.first()).toBeVisible();
    expect((await simulator.state()).session.userId).toBe(personas.productOwner);
  });

  test.describe('signed out', () => {
    // Loading the console signed out: the server answers 401, as a real one would.
    test.use({ allowedConsoleErrors: [httpStatus(401)] });

    test('the signed-out state survives a reload', async ({ page, shell }) => {
      await shell.goto('/applications');
      await shell.signOut();
      await expect(shell.main.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
      await page.reload();
      await expect(shell.main.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
      await expect(shell.userMenuButton).toHaveCount(0);
    });
  });
});
