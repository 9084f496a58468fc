import { expect, test } from '../fixtures';
import { afterRetries, httpStatus } from '../support/failures';

test.describe('shell', () => {
  test('a malformed answer shows a readable error inside the shell, and Retry recovers', async ({
    page,
    shell,
    applicationsList,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: { malformedEndpointId: 'listApplications' } });
    await shell.goto('/applications');

    const problem = applicationsList.error;
    await expect(problem).toContainText('The server sent data the console does not understand');
    await expect(problem).toContainText(
      /Response of listApplications does not match the API contract/,
    );
    await expect(applicationsList.retryButton).toBeVisible();
    await expect(applicationsList.table).toHaveCount(0);
    // The page around it is intact.
    await expect(shell.banner).toBeVisible();
    await expect(shell.navLink('Applications')).toBeVisible();
    await expect(applicationsList.heading).toBeVisible();
    await expect(applicationsList.search).toBeVisible();
    await shell.settled();
    await checkA11y(page, { name: 'malformed response' });
    await shot('malformed response');

    await simulator.clearScenario();
    await applicationsList.retryButton.click();
    await expect(applicationsList.rows.first()).toBeVisible();
    await expect(problem).toHaveCount(0);
  });

  test.describe('a failing list', () => {
    test.use({ allowedConsoleErrors: [httpStatus(500)] });

    test('a 500 shows the problem in place of the table; Retry recovers', async ({
      shell,
      applicationsList,
      simulator,
    }) => {
      await simulator.bootSimulator({
        scenario: { failure: { endpointId: 'listApplications', status: 500 } },
      });
      await shell.goto('/applications');

      await expect(applicationsList.error).toContainText(
        'The server failed to handle the request',
        afterRetries,
      );
      await expect(applicationsList.error).toContainText(
        'Simulated failure of listApplications (simulator controls).',
      );
      await expect(applicationsList.table).toHaveCount(0);
      await expect(shell.banner).toBeVisible();
      await expect(shell.navigation).toBeVisible();
      await expect(shell.userMenuButton).toHaveAccessibleName(/Alex Morgan/);
      await expect(applicationsList.heading).toBeVisible();

      await simulator.clearScenario();
      await applicationsList.retryButton.click();
      await expect(applicationsList.rows.first()).toBeVisible();
      await expect(applicationsList.error).toHaveCount(0);
    });
  });

  test.describe('an endpoint that never answers', () => {
    /*
     * The e2e build gives up on a request after 4 s (VITE_API_TIMEOUT_MS) and the query client
     * retries a timeout once (src/lib/query-client.ts), so the message is due after about
     * 4 s + 1 s + 4 s. 12 s leaves room; under 20 s per test whatever happens.
     */
    const timeoutMessage = 'The server took too long to answer';
    const dueWithin = 12_000;

    test('a search that times out says so after the console timeout; Retry recovers', async ({
      shell,
      applicationsList,
      simulator,
    }) => {
      test.setTimeout(20_000);
      await shell.goto('/applications');
      await expect(applicationsList.rows.first()).toBeVisible();

      await simulator.setScenario({ timeoutEndpointId: 'listApplications' });
      const started = Date.now();
      await applicationsList.searchFor('invoice');
      await expect(applicationsList.error).toContainText(timeoutMessage, { timeout: dueWithin });
      expect(Date.now() - started, 'the message waits for the 4 s timeout').toBeGreaterThanOrEqual(
        4_000,
      );
      await expect(applicationsList.error).toContainText('No answer after 4 s');
      await expect(applicationsList.table).toHaveCount(0);
      await expect(shell.banner).toBeVisible();
      await expect(applicationsList.search).toHaveValue('invoice');

      await simulator.clearScenario();
      await applicationsList.retryButton.click();
      await expect(applicationsList.row('invoice-approvals')).toBeVisible();
      await expect(applicationsList.error).toHaveCount(0);
    });

    test('on first load the shell is there while the list waits', async ({
      shell,
      applicationsList,
      simulator,
    }) => {
      test.setTimeout(15_000);
      await simulator.bootSimulator({ scenario: { timeoutEndpointId: 'listApplications' } });
      await shell.goto('/applications');
      await expect(shell.banner).toBeVisible();
      await expect(shell.navigation).toBeVisible();
      await expect(applicationsList.heading).toBeVisible();
      // The first load's skeleton, in place of the table.
      await expect(
        shell.main.getByRole('status').filter({ hasText: 'Loading applications' }),
      ).toBeVisible();
    });

    test('on first load the timeout message comes after the console timeout; Retry recovers', async ({
      shell,
      applicationsList,
      simulator,
    }) => {
      test.setTimeout(20_000);
      await simulator.bootSimulator({ scenario: { timeoutEndpointId: 'listApplications' } });
      await shell.goto('/applications');
      await expect(applicationsList.error).toContainText(timeoutMessage, { timeout: dueWithin });
      await expect(shell.banner).toBeVisible();

      await simulator.clearScenario();
      await applicationsList.retryButton.click();
      await expect(applicationsList.rows.first()).toBeVisible();
    });
  });

  test.describe('offline', () => {
    // One pattern only: Playwright reads a two-element array option as a [value, options] tuple.
    test.use({ allowedConsoleErrors: [/net::ERR_FAILED|FetchEvent|Failed to fetch/] });

    test('says the server could not be reached; the shell stays', async ({
      shell,
      applicationsList,
      simulator,
    }) => {
      await simulator.bootSimulator({ scenario: { offline: true } });
      await shell.goto('/applications');

      const listProblem = shell.main
        .getByRole('alert')
        .filter({ has: applicationsList.page.getByRole('button', { name: 'Retry' }) })
        .filter({ hasText: 'The server could not be reached' });
      await expect(listProblem).toBeVisible(afterRetries);
      await expect(shell.banner).toBeVisible();
      await expect(applicationsList.heading).toBeVisible();
      await expect(applicationsList.table).toHaveCount(0);

      // Without a profile the account button stays, for the simulator's own controls.
      const profileProblem = shell.main
        .getByRole('alert')
        .filter({ hasText: 'Your profile could not be loaded' });
      await expect(profileProblem).toBeVisible();
      await expect(shell.userMenuButton).toHaveAccessibleName(
        'Account: Profile unavailable, Simulator',
      );

      await simulator.clearScenario();
      await listProblem.getByRole('button', { name: 'Retry' }).click();
      await expect(applicationsList.rows.first()).toBeVisible();
      await profileProblem.getByRole('button', { name: 'Retry' }).click();
      await expect(shell.userMenuButton).toHaveAccessibleName(/Alex Morgan/);
      await expect(shell.main.getByRole('alert')).toHaveCount(0);
    });

    test('offline switched on in the panel can be switched off again after a reload', async ({
      page,
      shell,
      applicationsList,
    }) => {
      await shell.goto('/applications');
      await expect(applicationsList.rows.first()).toBeVisible();
      await shell.openSimulatorControls();
      await shell.simulatorControls.getByRole('switch', { name: /^Offline/ }).check();
      await shell.simulatorControls.getByRole('button', { name: 'Close' }).click();
      await expect(
        shell.main.getByRole('alert').filter({ hasText: 'The server could not be reached' }),
      ).toBeVisible(afterRetries);

      await page.reload();
      await expect(applicationsList.heading).toBeVisible();
      await shell.openSimulatorControls();
      await shell.simulatorControls.getByRole('switch', { name: /^Offline/ }).uncheck();
      await shell.simulatorControls.getByRole('button', { name: 'Close' }).click();
      // Changing the scenario refetches what is on screen, so the list recovers by itself.
      await expect(applicationsList.rows.first()).toBeVisible();
    });
  });
});
