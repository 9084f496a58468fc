import { expect, personas, test } from '../fixtures';

/** The test tools themselves: each must be able to fail, or the specs prove nothing. */
test.describe('test harness', () => {
  test('a console error in the browser fails the test', async ({ page }) => {
    test.fail(true, 'the browser error guard must turn this into a failure');
    await page.setContent('<main><h1>Harness</h1></main>');
    await page.evaluate(() => console.error('provoked by the harness test'));
  });

  test.describe('with the error allowed', () => {
    test.use({ allowedConsoleErrors: [/provoked by the harness test/] });
    test('an allowed console error does not fail the test', async ({ page }) => {
      await page.setContent('<main><h1>Harness</h1></main>');
      await page.evaluate(() => console.error('provoked by the harness test'));
    });
  });

  test('an uncaught exception fails the test', async ({ page }) => {
    test.fail(true, 'the browser error guard must turn this into a failure');
    await page.setContent('<main><h1>Harness</h1></main>');
    // Waits for the page to report it, not for a guessed while.
    await Promise.all([
      page.waitForEvent('pageerror'),
      page.evaluate(() =>
        setTimeout(() => {
          throw new Error('thrown by the harness test');
        }),
      ),
    ]);
  });

  test('the axe check fails on a violation', async ({ page, checkA11y }) => {
    test.fail(true, 'checkA11y must report the missing alt text');
    await page.setContent(
      '<html lang="en"><title>x</title><main><h1>x</h1><img src="data:,"></main></html>',
    );
    await checkA11y(page, { name: 'harness violation' });
  });

  test('the simulator boots as a persona and reports its state', async ({
    page,
    simulator,
    shell,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await shell.goto('/');
    await expect(shell.userMenuButton).toHaveAccessibleName(/Victor Lee, Viewer/);
    expect((await simulator.state()).session.userId).toBe(personas.viewer);

    await simulator.signInAs(personas.operator);
    await page.reload();
    await expect(shell.userMenuButton).toHaveAccessibleName(/Olivia Park, Operator/);
  });

  test('a preset waits for the page that asks: a boot shell link clicked before the app ran keeps it', async ({
    page,
    simulator,
    shell,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    // The first page's code never arrives, so it asks the simulator nothing; its boot shell's
    // links navigate as plain links.
    let holdEntry = true;
    await page.route('**/assets/index-*.js', (route) => (holdEntry ? undefined : route.continue()));
    await page.goto('/', { waitUntil: 'commit' });
    const servers = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Servers',
    });
    await expect(servers).toBeVisible();
    holdEntry = false;
    await servers.click();

    await expect(page).toHaveURL(/\/servers$/);
    await expect(shell.userMenuButton).toHaveAccessibleName(/Victor Lee, Viewer/);
    expect((await simulator.state()).session.userId).toBe(personas.viewer);
  });

  test.describe('with a failing endpoint', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource: .* status of 500/] });
    test('a scenario set through the simulator reaches the app', async ({
      page,
      simulator,
      applicationsList,
    }) => {
      await applicationsList.goto();
      await expect(applicationsList.rows.first()).toBeVisible();

      await simulator.setScenario({ failure: { endpointId: 'listApplications', status: 500 } });
      await page.reload();
      await expect(applicationsList.heading).toBeVisible();
      await expect(applicationsList.error).toBeVisible();
      await expect(applicationsList.rows).toHaveCount(0);
      expect((await simulator.state()).scenario.failure).toEqual({
        endpointId: 'listApplications',
        status: 500,
      });

      await simulator.clearScenario();
      await applicationsList.retryButton.click();
      await expect(applicationsList.rows.first()).toBeVisible();
    });
  });
});
