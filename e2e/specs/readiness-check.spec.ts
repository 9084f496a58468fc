import type { Page } from '@playwright/test';
import { expect, personas, test } from '../fixtures';
import { sortedName } from '../pages/applications-list.page';
import { readinessSteps } from '../pages/readiness-check.page';

/** Chromium's line for an HTTP failure the test provokes, e.g. "…status of 500 (…)". */
const httpStatus = (status: number) =>
  new RegExp(`Failed to load resource: the server responded with a status of ${String(status)}`);

const READINESS_CHECK = 'application.readiness-check';
const seedAuditIds = ['audit-seed-1', 'audit-seed-2'];

/** Starts a readiness check the way another browser tab or a script would: straight to the API. */
async function startCheckThroughApi(page: Page, applicationId: string) {
  return page.evaluate(async (id) => {
    const response = await fetch(`/api/v1/applications/${id}/readiness-checks`, {
      method: 'POST',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Idempotency-Key': crypto.randomUUID(),
      },
    });
    return { status: response.status, body: (await response.json()) as { id?: string } };
  }, applicationId);
}

/**
 * A reload while the dialog polls its operation can cut a poll off: the simulator's service
 * worker then passes it to the preview server, which answers 404, and Chromium logs that. Such
 * 404s are tolerated only while a reload is under way, and only for the operation being polled.
 */
function track404s(page: Page) {
  let reloading = false;
  const outside: string[] = [];
  page.on('response', (response) => {
    if (response.status() !== 404) return;
    const { pathname } = new URL(response.url());
    if (!reloading || !/^\/api\/v1\/(operations\/op-\d+|notifications\/summary)$/.test(pathname))
      outside.push(pathname);
  });
  return {
    async duringReload(reload: () => Promise<unknown>) {
      reloading = true;
      try {
        await reload();
      } finally {
        reloading = false;
      }
    },
    outsideReloads: () => [...outside],
  };
}

test.describe('upgrade readiness check', () => {
  test.describe('with reloads', () => {
    // See track404s: the test asserts itself that no other 404 happened.
    test.use({ allowedConsoleErrors: [httpStatus(404)] });

    test('an administrator checks invoice-approvals: live progress, a reload keeps the same check, "Ready to upgrade"', async ({
      page,
      applicationsList: list,
      readinessCheck: check,
      simulator,
      checkA11y,
      shot,
    }) => {
      test.setTimeout(45_000);
      // Slow enough to see it running and reload in the middle; sped up afterwards.
      await simulator.bootSimulator({ scenario: { operationSpeed: 0.2 } });
      const notFound = track404s(page);
      const listSearch = '?q=invoice&sort=projectVersion';
      await list.goto(listSearch);
      await expect(list.rows).toHaveCount(3);

      await list.readinessLink('invoice-approvals').click();
      const dialog = check.dialogFor('invoice-approvals');
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(
        /\/applications\/app-001\/readiness-check\?q=invoice&sort=projectVersion$/,
      );
      await expect(dialog).toContainText(
        'which released versions of Invoice Approvals are above project version 4',
      );
      await expect(dialog).toContainText('The check changes nothing.');
      await expect(check.runButton).toBeEnabled();
      await expect(check.progress).toHaveCount(0);
      await checkA11y(page, { name: 'readiness check, before the run' });

      await check.runButton.click();
      await expect(page).toHaveURL(/[?&]operation=op-\d+/);
      const operationUrl = page.url();
      const operationId = check.operationIdInUrl();
      await expect(check.progress).toHaveAccessibleName(
        /^Upgrade readiness check: Running, \d{1,2}%$/,
      );
      await expect(check.runButton, 'a started check cannot be started again').toHaveCount(0);
      await expect(check.stepItems).toHaveCount(4);
      await expect(check.step(readinessSteps[0])).toContainText(/In progress|Done/);
      await expect(check.log).toContainText('Queued by Alex Morgan');
      await expect(check.log).toContainText(`Started: ${readinessSteps[0]}`);
      await shot('readiness check running');

      // Mid-way, a reload shows the same operation, still running.
      await notFound.duringReload(() => page.reload());
      await expect(page).toHaveURL(operationUrl);
      await expect(check.dialogFor('invoice-approvals')).toBeVisible();
      await expect(check.progress).toHaveAccessibleName(/: Running, \d{1,2}%$/);
      await expect(check.log).toContainText('Queued by Alex Morgan');
      await expect(check.runButton).toHaveCount(0);
      expect((await simulator.state()).operations.map((op) => op.id)).toEqual([operationId]);

      await simulator.setScenario({ operationSpeed: 50 });
      await expect(check.readyAlert).toBeVisible({ timeout: 10_000 });
      await expect(check.readyAlert).toContainText('Released project versions above 4: 10.');
      await expect(check.readyAlert).toContainText(
        'Upgrading to any of them makes it application version 4.',
      );
      await expect(check.progress).toHaveAccessibleName('Upgrade readiness check: Finished, 100%');
      await expect(check.stepItems).toHaveText(readinessSteps.map((title) => `${title}Done`));
      await expect(check.log).toContainText('Finished successfully');
      await expect(check.doneButton).toBeVisible();
      await expect(check.closeButton).toHaveCount(0);

      // What the simulator stored: exactly one operation, and its audit trail.
      const state = await simulator.state();
      expect(state.operations).toHaveLength(1);
      const [operation] = state.operations;
      expect(operation).toMatchObject({
        id: operationId,
        kind: READINESS_CHECK,
        status: 'succeeded',
        progress: 100,
        resource: { type: 'application', id: 'app-001', name: 'invoice-approvals' },
        startedBy: { id: personas.admin, name: 'Alex Morgan' },
        result: { upgradable: true, targets: [{ projectVersion: 10, applicationVersion: 4 }] },
      });
      expect(operation?.steps.map((s) => s.status)).toEqual(['done', 'done', 'done', 'done']);
      expect(await check.logLines(), 'the log shows every line the backend wrote').toHaveLength(
        operation?.log.length ?? -1,
      );
      const audit = state.audit.filter(
        (entry) => entry.resource.type === 'application' && !seedAuditIds.includes(entry.id),
      );
      expect(audit).toEqual([
        expect.objectContaining({
          action: READINESS_CHECK,
          outcome: 'started',
          actor: { id: personas.admin, name: 'Alex Morgan' },
          resource: { type: 'application', id: 'app-001', name: 'invoice-approvals' },
        }),
        expect.objectContaining({ action: READINESS_CHECK, outcome: 'succeeded' }),
      ]);

      await checkA11y(page, { name: 'readiness check, done' });
      // The result sits under the log, below the dialog's fold at 720 px: scroll to it as a person would.
      await check.readyAlert.scrollIntoViewIfNeeded();
      await shot('readiness check done');

      // After the end, a reload still shows the same, finished check.
      await notFound.duringReload(() => page.reload());
      await expect(page).toHaveURL(operationUrl);
      await expect(check.readyAlert).toContainText('Released project versions above 4: 10.');
      await expect(check.progress).toHaveAccessibleName('Upgrade readiness check: Finished, 100%');
      expect((await simulator.state()).operations).toHaveLength(1);

      // Done goes back to the list as it was.
      await check.doneButton.click();
      await expect(check.dialog).toHaveCount(0);
      await expect(page).toHaveURL(/\/applications\?q=invoice&sort=projectVersion$/);
      await expect(list.search).toHaveValue('invoice');
      await expect(list.sortButton('Project version')).toHaveAccessibleName(
        sortedName('Project version', 'ascending'),
      );
      await expect(list.rows).toHaveCount(3);
      expect(notFound.outsideReloads(), 'no 404 except a poll cut off by a reload').toEqual([]);
    });
  });

  test('a Helm-deployed application is "Not upgradable", with the reason', async ({
    page,
    applicationsList: list,
    readinessCheck: check,
    simulator,
  }) => {
    await simulator.bootSimulator({ scenario: { operationSpeed: 5 } });
    await list.goto();
    await list.readinessLink('invoice-approvals-helm').click();
    await expect(check.dialogFor('invoice-approvals-helm')).toBeVisible();
    // The dialog has its own history entry: Back closes it, Forward reopens it.
    await page.goBack();
    await expect(check.dialog).toHaveCount(0);
    await expect(page).toHaveURL(/\/applications$/);
    await page.goForward();
    await expect(check.dialogFor('invoice-approvals-helm')).toBeVisible();
    await check.runButton.click();

    await expect(check.notUpgradableAlert).toContainText(
      'Deployed with Helm: only applications deployed by the deployment service can be upgraded.',
    );
    await expect(check.readyAlert).toHaveCount(0);
    await expect(check.progress).toHaveAccessibleName('Upgrade readiness check: Finished, 100%');
    const [operation] = (await simulator.state()).operations;
    expect(operation).toMatchObject({
      resource: { id: 'app-003', name: 'invoice-approvals-helm' },
      result: { upgradable: false },
    });

    await check.doneButton.click();
    await expect(page).toHaveURL(/\/applications$/);
  });

  test('a double click on "Run check" starts one check', async ({
    page,
    applicationsList: list,
    readinessCheck: check,
    simulator,
  }) => {
    await simulator.bootSimulator({ scenario: { operationSpeed: 5 } });
    await list.goto();
    await list.readinessLink('invoice-approvals').click();
    await expect(check.dialogFor('invoice-approvals')).toBeVisible();

    await check.runButton.dblclick();
    await expect(page).toHaveURL(/[?&]operation=op-\d+/);
    await expect(check.readyAlert).toBeVisible();
    const state = await simulator.state();
    expect(state.operations).toHaveLength(1);
    expect(state.audit.filter((e) => e.outcome === 'started')).toHaveLength(1);
    expect(state.operations[0]?.id).toBe(check.operationIdInUrl());
  });

  test('an operator can run the check', async ({
    applicationsList: list,
    readinessCheck: check,
    shell,
    simulator,
  }) => {
    await simulator.bootSimulator({ userId: personas.operator, scenario: { operationSpeed: 5 } });
    await list.goto();
    await expect(shell.userMenuButton).toHaveAccessibleName('Account: Olivia Park, Operator');
    await list.readinessLink('claims-intake').click();
    await expect(check.dialogFor('claims-intake')).toBeVisible();
    await check.runButton.click();

    // claims-intake: project v5 of Insurance Claims (1, 3, 5, 6, 9), application v3.
    await expect(check.readyAlert).toContainText('Released project versions above 5: 6, 9.');
    await expect(check.readyAlert).toContainText('application version 4');
    await expect(check.log).toContainText('Queued by Olivia Park');
    const [operation] = (await simulator.state()).operations;
    expect(operation?.startedBy.id).toBe(personas.operator);
  });

  test('a viewer gets no row action, and the deep-linked dialog explains instead of offering "Run check"', async ({
    page,
    applicationsList: list,
    readinessCheck: check,
    simulator,
    checkA11y,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await list.goto('?q=invoice');
    await expect(list.rows).toHaveCount(3);
    await expect(list.readinessLinks).toHaveCount(0);

    await check.goto('app-001', '?q=invoice');
    await expect(check.dialogFor('invoice-approvals')).toBeVisible();
    await expect(check.notAllowed).toContainText(
      'Running a readiness check needs the Administrator or Operator role.',
    );
    await expect(check.runButton).toHaveCount(0);
    await checkA11y(page, { name: 'readiness check, viewer' });

    await check.closeButton.click();
    await expect(page).toHaveURL(/\/applications\?q=invoice$/);
    expect((await simulator.state()).operations).toEqual([]);
  });

  test.describe('when starting fails', () => {
    test.use({ allowedConsoleErrors: [httpStatus(500)] });

    test('a 500 shows the problem in the dialog; Retry after recovery starts exactly one check', async ({
      page,
      applicationsList: list,
      readinessCheck: check,
      simulator,
    }) => {
      await simulator.bootSimulator({
        scenario: {
          operationSpeed: 5,
          failure: { endpointId: 'startReadinessCheck', status: 500 },
        },
      });
      await list.goto();
      await list.readinessLink('invoice-approvals').click();
      await check.runButton.click();

      await expect(check.problem).toContainText('The server failed to handle the request');
      await expect(check.problem).toContainText('Simulated failure of startReadinessCheck');
      await expect(check.retryButton).toBeVisible();
      await expect(check.dialogFor('invoice-approvals')).toBeVisible();
      expect(check.operationIdInUrl()).toBeNull();
      expect((await simulator.state()).operations).toEqual([]);

      await simulator.clearScenario();
      await simulator.setScenario({ operationSpeed: 5 });
      await check.retryButton.click();
      await expect(page).toHaveURL(/[?&]operation=op-\d+/);
      await expect(check.readyAlert).toBeVisible();
      await expect(check.problem).toHaveCount(0);
      expect((await simulator.state()).operations).toHaveLength(1);
    });
  });

  test.describe('when a check is already running', () => {
    test.use({ allowedConsoleErrors: [httpStatus(409)] });

    test('a second start is refused with 409 and says so', async ({
      page,
      applicationsList: list,
      readinessCheck: check,
      simulator,
    }) => {
      // Slow, so the first check is still running when the second one is asked for.
      await simulator.bootSimulator({ scenario: { operationSpeed: 0.1 } });
      await list.goto();
      await expect(list.rows).toHaveCount(18);
      const first = await startCheckThroughApi(page, 'app-001');
      expect(first.status).toBe(202);

      await list.readinessLink('invoice-approvals').click();
      await expect(check.dialogFor('invoice-approvals')).toBeVisible();
      await check.runButton.click();

      await expect(check.dialog.getByRole('alert')).toContainText(
        'A readiness check is already running',
      );
      await expect(check.dialog).toContainText(
        `Operation ${String(first.body.id)} is checking invoice-approvals`,
      );
      expect(check.operationIdInUrl()).toBeNull();
      const state = await simulator.state();
      expect(state.operations.map((op) => op.id)).toEqual([first.body.id]);
    });
  });
});
