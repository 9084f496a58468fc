import type { Page } from '@playwright/test';
import { expect, personas, test } from '../fixtures';
import type { ApplicationsListPage } from '../pages/applications-list.page';

/** Background of each scheme (src/theme/palette.ts), as the browser computes it. */
const background = { light: 'rgb(245, 247, 250)', dark: 'rgb(15, 19, 24)' };

/** Per-row mutating action, shown only to people holding applications:check. */
const checkReadinessLinks = (list: ApplicationsListPage) =>
  list.table.getByRole('link', { name: /^Check upgrade readiness of / });

/** Chromium's line for a simulated HTTP failure, e.g. "…responded with a status of 500 (…)". */
const httpStatus = (status: number) =>
  new RegExp(`Failed to load resource: the server responded with a status of ${String(status)}`);

/**
 * 5xx and network failures are retried once after 1 s (src/lib/query-client.ts), and on first
 * load the screen fetches again after its loader (see the timeout bug below): allow for that.
 */
const afterRetries = { timeout: 10_000 };

/** What a problem+json answer of the simulator looks like to a script on the page. */
interface FetchResult {
  status: number;
  contentType: string | null;
  body: { status?: number; title?: string; requiredRoles?: string[] };
}

/** POSTs from inside the page, as a script bypassing the UI would, with an Idempotency-Key. */
async function postFromPage(page: Page, path: string): Promise<FetchResult> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Idempotency-Key': crypto.randomUUID(),
      },
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: (await response.json()) as FetchResult['body'],
    };
  }, path);
}

test.describe('shell', () => {
  test('light and dark themes really apply, pass axe and survive a reload', async ({
    page,
    shell,
    applicationsList,
    checkA11y,
    shot,
  }) => {
    await shell.goto('/applications');
    await expect(applicationsList.rows.first()).toBeVisible();

    await shell.chooseTheme('Light');
    await expect(shell.root).toHaveClass(/\blight\b/);
    await expect(shell.root).not.toHaveClass(/\bdark\b/);
    await expect(shell.root).toHaveCSS('color-scheme', 'light');
    await expect(shell.body).toHaveCSS('background-color', background.light);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await shell.settled();
    await checkA11y(page, { name: 'shell and list, light theme' });
    await shot('shell light');

    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await expect(shell.root).toHaveCSS('color-scheme', 'dark');
    await expect(shell.body).toHaveCSS('background-color', background.dark);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await shell.settled();
    await checkA11y(page, { name: 'shell and list, dark theme' });
    await shot('shell dark');

    await page.reload();
    await expect(applicationsList.rows.first()).toBeVisible();
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await expect(shell.body).toHaveCSS('background-color', background.dark);
    await shell.themeButton.click();
    await expect(shell.themeOption('Dark')).toHaveAttribute('aria-checked', 'true');
    await expect(shell.themeOption('Light')).toHaveAttribute('aria-checked', 'false');
    await page.keyboard.press('Escape');
    await expect(shell.themeMenu).toBeHidden();
  });

  test('"System" follows the operating system setting', async ({
    page,
    shell,
    applicationsList,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await shell.goto('/applications');
    await expect(applicationsList.heading).toBeVisible();
    await shell.chooseTheme('System');
    await expect(shell.body).toHaveCSS('background-color', background.dark);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(shell.body).toHaveCSS('background-color', background.light);
  });

  test('shows the standalone marker; the skip link is the first Tab stop and focuses main', async ({
    page,
    shell,
    applicationsList,
  }) => {
    await shell.goto('/applications');
    await expect(applicationsList.rows.first()).toBeVisible();
    await expect(shell.banner.getByText('Standalone — simulated data')).toBeVisible();
    await expect(shell.breadcrumbs).toContainText('Applications');

    await expect(shell.skipLink).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await expect(shell.skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(shell.main).toBeFocused();
    await expect(page).toHaveURL(/\/applications$/);
  });

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
      const adminActions = await checkReadinessLinks(applicationsList).count();
      expect(adminActions, 'the administrator sees a readiness check per row').toBeGreaterThan(0);

      await shell.switchUser('Victor Lee');
      await expect(shell.toasts).toContainText('Signed in as Victor Lee (Viewer)');
      await expect(shell.userMenuButton).toHaveAccessibleName('Account: Victor Lee, Viewer');
      await expect(applicationsList.rows.first()).toBeVisible();
      await expect(checkReadinessLinks(applicationsList)).toHaveCount(0);
      expect((await simulator.state()).session.userId).toBe(personas.viewer);
      await shot('viewer list');

      const menu = await shell.openUserMenu();
      await expect(menu.getByRole('menuitemradio', { name: /^Victor Lee\b/ })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();

      const refused = await postFromPage(page, '/api/v1/applications/app-001/readiness-checks');
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
    expect(await checkReadinessLinks(applicationsList).count()).toBeGreaterThan(0);
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
    await expect(checkReadinessLinks(applicationsList)).toHaveCount(0);

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

  test.describe('reset demo data', () => {
    test('puts the seed back, keeping the scenario; Cancel changes nothing', async ({
      page,
      shell,
      applicationsList,
      simulator,
    }) => {
      // A long journey (a readiness check, two reloads, two dialogs): more than the default 30 s
      // on a busy machine.
      test.setTimeout(45_000);
      await shell.goto('/applications');
      await expect(applicationsList.rows.first()).toBeVisible();
      // Something persistent: another person runs a readiness check, which stores an operation.
      await shell.switchUser('Olivia Park');
      await expect(shell.userMenuButton).toHaveAccessibleName('Account: Olivia Park, Operator');
      await applicationsList.readinessLink('invoice-approvals').click();
      const check = page.getByRole('dialog', { name: /^Upgrade readiness/ });
      await check.getByRole('button', { name: 'Run check' }).click();
      await expect(page).toHaveURL(/operation=/);
      await check.getByRole('button', { name: /^(Close|Done)$/ }).click();
      await expect(check).toBeHidden();
      // And a scenario, which a reset keeps.
      await simulator.setScenario({ operationSpeed: 5 });

      let state = await simulator.state();
      expect(state.session.userId).toBe(personas.operator);
      expect(state.operations).toHaveLength(1);

      await page.reload();
      await expect(shell.userMenuButton).toHaveAccessibleName('Account: Olivia Park, Operator');
      await shell.resetDemoData();
      await expect(shell.resetDialog).toBeVisible();
      await shell.resetDialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(shell.resetDialog).toBeHidden();
      state = await simulator.state();
      expect(state.session.userId).toBe(personas.operator);
      expect(state.operations).toHaveLength(1);

      await shell.resetDemoData();
      await shell.resetDialog.getByRole('button', { name: 'Reset data' }).click();
      await expect(shell.resetDialog).toBeHidden();
      await expect(shell.toasts).toContainText('Demo data reset');
      await expect(shell.userMenuButton).toHaveAccessibleName(
        'Account: Alex Morgan, Administrator',
      );
      await expect(applicationsList.rows.first()).toBeVisible();

      state = await simulator.state();
      expect(state.session.userId).toBe(personas.admin);
      expect(state.operations).toEqual([]);
      expect(state.idempotency).toEqual({});
      // Only the seeded entries of every area are left (templates seed their own).
      const auditIds = state.audit.map((entry) => entry.id);
      expect(auditIds.filter((id) => !/^audit-(tpl-)?seed-/.test(id))).toEqual([]);
      expect(auditIds).toEqual(expect.arrayContaining(['audit-seed-1', 'audit-seed-2']));
      expect(state.notifications.map((n) => n.id)).toEqual(['n-seed-1']);
      expect(state.scenario.operationSpeed).toBe(5);
      expect(state.settings.largeDataset).toBe(false);

      // And it stays reset after a reload.
      await page.reload();
      await expect(shell.userMenuButton).toHaveAccessibleName(
        'Account: Alex Morgan, Administrator',
      );
    });
  });

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

  test('an unknown address shows "Page not found" with a way back', async ({
    page,
    shell,
    applicationsList,
    checkA11y,
  }) => {
    await shell.goto('/no-such-page');
    await expect(shell.heading('Page not found')).toBeVisible();
    await expect(shell.banner).toBeVisible();
    await expect(shell.breadcrumbs).toContainText('Page not found');
    await expect(page).toHaveTitle(/Page not found/);
    await shell.settled();
    await checkA11y(page, { name: 'page not found' });

    await shell.main.getByRole('link', { name: 'Go to applications' }).click();
    await expect(page).toHaveURL(/\/applications$/);
    await expect(applicationsList.heading).toBeVisible();
    await expect(applicationsList.rows.first()).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the navigation sits behind "Open navigation" and its drawer navigates', async ({
      page,
      shell,
      applicationsList,
      checkA11y,
      shot,
    }) => {
      await shell.goto('/no-such-page');
      await expect(shell.heading('Page not found')).toBeVisible();
      await expect(shell.navigation).toBeHidden();
      await expect(shell.openNavigationButton).toBeVisible();
      await expect(shell.openNavigationButton).toHaveAttribute('aria-expanded', 'false');
      await expect(shell.banner.getByText('Simulated', { exact: true })).toBeVisible();

      const drawer = await shell.openNavigationDrawer();
      await expect(drawer).toBeVisible();
      // A modal drawer: the rest of the page, header included, leaves the accessibility tree.
      await expect(shell.banner).toBeHidden();
      const link = drawer.getByRole('navigation', { name: 'Main' }).getByRole('link', {
        name: 'Applications',
        exact: true,
      });
      await expect(link).toBeInViewport();
      await shell.settled();
      await checkA11y(page, { name: 'mobile navigation drawer' });
      await shot('shell mobile navigation');

      await link.click();
      await expect(drawer).toBeHidden();
      await expect(page).toHaveURL(/\/applications$/);
      await expect(applicationsList.rows.first()).toBeVisible();
      await expect(shell.navigation).toBeHidden();
      await shell.settled();
      await checkA11y(page, { name: 'shell mobile' });
      await shot('shell mobile');
    });
  });

  test.describe('simulator controls', () => {
    // Picking the endpoint first fails it with the default 500, then with the chosen 503.
    test.use({ allowedConsoleErrors: [/responded with a status of 50[03]\b/] });

    test('a failure chosen in the panel reaches the list', async ({
      page,
      shell,
      applicationsList,
      simulator,
      checkA11y,
    }) => {
      await shell.goto('/applications');
      await expect(applicationsList.rows.first()).toBeVisible();

      await shell.openSimulatorControls();
      const panel = shell.simulatorControls;
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('switch', { name: /^Large dataset/ })).not.toBeChecked();
      await expect(panel.getByRole('switch', { name: /^Offline/ })).not.toBeChecked();
      const status = panel.getByRole('combobox', { name: 'Fails with status' });
      await expect(status).toBeDisabled();
      await shell.settled();
      await checkA11y(page, { name: 'simulator controls' });

      await panel.getByRole('combobox', { name: 'Failing endpoint' }).click();
      await page.getByRole('option', { name: 'listApplications', exact: true }).click();
      await expect(panel.getByRole('combobox', { name: 'Failing endpoint' })).toHaveText(
        'listApplications',
      );
      await expect(status).toBeEnabled();
      await status.click();
      await page.getByRole('option', { name: '503', exact: true }).click();
      await expect(status).toHaveText('503');
      expect((await simulator.state()).scenario.failure).toEqual({
        endpointId: 'listApplications',
        status: 503,
      });
      await shell.settled();
      // The panel only: behind it the list may be fading its error in (the change refetches it).
      await checkA11y(page, {
        name: 'simulator controls with a failure',
        include: ['[role="dialog"]'],
      });

      await panel.getByRole('button', { name: 'Close' }).click();
      await expect(panel).toBeHidden();
      await expect(applicationsList.error).toContainText(
        'The server failed to handle the request',
        afterRetries,
      );
      await expect(applicationsList.error).toContainText('Simulated failure of listApplications');
      await expect(applicationsList.table).toHaveCount(0);
      await expect(shell.banner).toBeVisible();
    });
  });
});
