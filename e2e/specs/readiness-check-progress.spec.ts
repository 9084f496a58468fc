import type { Page } from '@playwright/test';
import { expect, personas, test } from '../fixtures';
import { sortedName } from '../pages/server-list.page';
import { readinessSteps } from '../pages/readiness-check.page';
import { httpStatus } from '../support/failures';

const READINESS_CHECK = 'application.readiness-check';
const seedAuditIds = ['audit-seed-1', 'audit-seed-2'];

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
});
