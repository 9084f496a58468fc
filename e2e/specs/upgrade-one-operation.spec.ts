import type { Page, Request } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ANOTHER_TAB } from '../support/operations-api';
import { FAST } from '../support/simulator';
import { postUpgrade, readyChoices } from '../support/upgrade-api';

/** Every upgrade POST the console itself sends (not the test's "other tab"), in order. */
function recordUpgradeKeys(page: Page) {
  const keys: string[] = [];
  const posts: Request[] = [];
  page.on('request', (request) => {
    const upgrade = /\/api\/v1\/applications\/[^/]+\/upgrades$/.test(request.url());
    if (request.method() !== 'POST' || !upgrade || request.headers()[ANOTHER_TAB]) return;
    posts.push(request);
    keys.push(request.headers()['idempotency-key'] ?? '(none)');
  });
  return { keys, posts };
}

test.describe('upgrade, one operation whatever happens', () => {
  test.describe.configure({ timeout: 60_000 });
  test('a double click on Upgrade starts exactly one operation and lands on one progress page', async ({
    page,
    upgradeWizard: wizard,
    simulator,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await wizard.walkToReview('app-001', readyChoices);
    const { keys } = recordUpgradeKeys(page);
    // A slow answer, so the second click lands while the first is still on its way.
    await simulator.setScenario({ latencyMs: 600 });
    await wizard.upgradeButton.dblclick();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);
    await expect(wizard.stepHeading).toHaveText('Upgrading invoice-approvals');
    await expect(wizard.outcome('now runs')).toBeVisible({
      timeout: 15_000,
    });
    // Whether the second click still reaches the server depends on timing (in these runs it
    // does); whatever reaches it carries the one key, so the server starts the work once.
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(new Set(keys).size).toBe(1);
    const { operations } = await simulator.state();
    expect(operations).toHaveLength(1);
    expect(page.url()).toContain(`operation=${operations[0]?.id ?? '?'}`);
  });
});

test.describe('upgrade, a timeout on Upgrade', () => {
  test.describe.configure({ timeout: 60_000 });
  test('the person is told plainly, nothing is lost, and Retry reuses the Idempotency-Key: one operation even if the server had started the work', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    await wizard.walkToReview('app-001', { ...readyChoices, comment: 'Adds e-mail notifications' });
    const { keys, posts } = recordUpgradeKeys(page);
    await simulator.setScenario({ timeoutEndpointId: 'startUpgrade' });
    await wizard.upgradeButton.click();

    const problem = wizard.alert('The server took too long to answer');
    await expect(problem).toContainText(
      'No answer after 4 s. Nothing you entered was lost; try again. Retry cannot start the upgrade twice.',
      { timeout: 10_000 },
    );
    await expect(page).toHaveURL(/\/upgrade\/review$/);
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    await expect(wizard.region('Versions')).toContainText('Project version: 4 → 10');
    await expect(wizard.region('Connectors')).toContainText('EMAIL_PORT: (none) → 8050');
    await checkA11y(page, { name: 'upgrade timed out' });
    await shot('upgrade timed out');

    // The simulator's timeout holds the request before any work starts. A real server may have
    // started it and only the answer was lost: play that server with the very same request.
    expect((await simulator.state()).operations).toHaveLength(0);
    const [timedOut] = posts;
    if (!timedOut) throw new Error('the Upgrade request was not seen');
    await simulator.setScenario({ timeoutEndpointId: null });
    const lost = await postUpgrade(simulator, 'app-001', timedOut.postDataJSON(), keys[0]);
    expect(lost.status).toBe(202);
    const operationId = (lost.body as { id: string }).id;

    await problem.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(new RegExp(`/upgrade/progress\\?operation=${operationId}$`));
    await expect(wizard.outcome('now runs')).toHaveText(
      /invoice-approvals now runs project version 10 \(application version 4\)/,
      { timeout: 15_000 },
    );
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const state = await simulator.state();
    expect(state.operations.map((o) => o.id)).toEqual([operationId]);
    expect(
      state.audit.filter((e) => e.action === 'application.upgrade' && e.outcome === 'started'),
    ).toHaveLength(1);
  });
});
