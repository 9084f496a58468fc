import type { Page, Request } from '@playwright/test';
import { expect, personas, test } from '../fixtures';
import {
  ANOTHER_TAB,
  postUpgrade,
  startUpgradeViaApi,
  upgradeRequestFor,
  waitForOperation,
} from '../support/upgrade-api';

const SEED_JSON = '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}';
const ready = { version: 10, variables: { 'email-connector': SEED_JSON } };

/** What the simulator answers to a refused request, as far as these tests read it. */
interface Refusal {
  title: string;
  detail?: string;
  errors?: { field: string; message: string }[];
  requiredRoles?: string[];
}

test.describe('upgrade refusals, the person and the API (422)', () => {
  test.use({ allowedConsoleErrors: [/status of 422/] });

  test('(a) only released versions higher than the deployed one are offered; the API refuses an equal or lower one', async ({
    page,
    upgradeWizard: wizard,
    simulator,
  }) => {
    await wizard.goto('app-001');
    await expect(wizard.main).toContainText('Deployed: project version 4, application version 3.');
    await expect(wizard.versions.getByRole('radio')).toHaveCount(1);
    await expect(wizard.version(10)).toHaveAccessibleName(
      /^Project version 10 → application version 4/,
    );

    for (const projectVersion of [4, 2]) {
      const body = await upgradeRequestFor(simulator, 'app-001', { projectVersion });
      const answer = await postUpgrade(simulator, 'app-001', body);
      expect(answer.status).toBe(422);
      expect((answer.body as Refusal).errors).toEqual([
        {
          field: 'projectVersion',
          message: 'Pick a released project version higher than 4, the one deployed.',
        },
      ]);
    }
    expect((await simulator.state()).operations).toHaveLength(0);
    await expect(page).toHaveURL(/\/upgrade\/version$/);
  });

  test('(b) a Helm-deployed application: the Upgrade action is disabled and says why; the API refuses it', async ({
    page,
    applicationDetail: detail,
    simulator,
    checkA11y,
  }) => {
    await detail.goto('app-003');
    await expect(detail.heading('invoice-approvals-helm')).toBeVisible();
    const upgrade = detail.main.getByRole('button', { name: 'Upgrade', exact: true });
    await expect(upgrade).toBeDisabled();
    await expect(upgrade).toHaveAccessibleDescription(
      'Deployed with Helm: only applications deployed by the deployment service can be upgraded.',
    );
    await checkA11y(page, { name: 'helm application, upgrade disabled' });

    const answer = await postUpgrade(
      simulator,
      'app-003',
      await upgradeRequestFor(simulator, 'app-003', { projectVersion: 10 }),
    );
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      title: 'Applications deployed with Helm cannot be upgraded',
      detail:
        'invoice-approvals-helm was deployed with Helm; only applications deployed by the deployment service can be upgraded.',
    });
    expect((await simulator.state()).operations).toHaveLength(0);
  });

  test('(c) the name cannot change: the wizard shows it read-only; the API refuses a renamed request', async ({
    upgradeWizard: wizard,
    simulator,
  }) => {
    await wizard.goto('app-001');
    await expect(wizard.main).toContainText(
      'Application name: invoice-approvals (an upgrade cannot rename it).',
    );
    await expect(wizard.main.getByRole('textbox')).toHaveCount(0);
    await wizard.walkToReview('app-001', ready);
    await expect(wizard.region('Stays the same')).toContainText(
      'Application name: invoice-approvals',
    );

    const body = await upgradeRequestFor(simulator, 'app-001', { name: 'invoice-approvals-v2' });
    const answer = await postUpgrade(simulator, 'app-001', body);
    expect(answer.status).toBe(422);
    expect((answer.body as Refusal).errors).toEqual([
      {
        field: 'name',
        message: 'An upgrade cannot rename the application; it stays invoice-approvals.',
      },
    ]);
    expect((await simulator.state()).operations).toHaveLength(0);
  });

  test('(d) services keep their image and variables: listed as staying; the API refuses a new image or variable', async ({
    upgradeWizard: wizard,
    simulator,
  }) => {
    const runtimeImage = 'registry.spacetech.example/invoice-approvals/runtime-bundle:4.0.0';
    await wizard.walkToReview('app-001', ready);
    const stays = wizard.region('Stays the same');
    await expect(stays).toContainText(`Service runtime-bundle: ${runtimeImage}`);
    await expect(stays).toContainText(
      'Service query-service: registry.spacetech.example/platform/query-service:7.1.0',
    );
    await expect(stays).toContainText('Service audit-service');

    const body = await upgradeRequestFor(simulator, 'app-001');
    const [runtime, query, audit] = body.services ?? [];
    if (!runtime || !query || !audit) throw new Error('app-001 has three services');
    const newImage = await postUpgrade(simulator, 'app-001', {
      ...body,
      services: [{ ...runtime, image: `${runtimeImage}-patched` }, query, audit],
    });
    expect(newImage.status).toBe(422);
    expect((newImage.body as Refusal).errors).toEqual([
      {
        field: 'services.0.image',
        message: `Only connectors can get a new image; runtime-bundle keeps ${runtimeImage}.`,
      },
    ]);
    const newVariable = await postUpgrade(simulator, 'app-001', {
      ...body,
      services: [runtime, { ...query, variables: { ...query.variables, FEATURE_X: 'on' } }, audit],
    });
    expect(newVariable.status).toBe(422);
    expect((newVariable.body as Refusal).errors).toEqual([
      {
        field: 'services.1.variables.FEATURE_X',
        message:
          "Only connectors' variables can change; an upgrade cannot add FEATURE_X of query-service.",
      },
    ]);
    expect((await simulator.state()).operations).toHaveLength(0);
  });

  test('(e) the infrastructure cannot change: listed as staying; the API refuses any change to it', async ({
    upgradeWizard: wizard,
    simulator,
  }) => {
    await wizard.walkToReview('app-001', ready);
    await expect(wizard.region('Stays the same')).toContainText(
      'Infrastructure: eks-us-east-1 / invoice-approvals, 2 replicas, 500m CPU, 1Gi memory, gp3, invoice-approvals.apps.spacetech.example',
    );

    const body = await upgradeRequestFor(simulator, 'app-001');
    if (!body.infrastructure) throw new Error('the request carries the infrastructure as read');
    const answer = await postUpgrade(simulator, 'app-001', {
      ...body,
      infrastructure: { ...body.infrastructure, replicas: 4, memory: '2Gi' },
    });
    expect(answer.status).toBe(422);
    expect((answer.body as Refusal).errors).toEqual([
      {
        field: 'infrastructure.replicas',
        message: 'The infrastructure cannot be changed by an upgrade.',
      },
      {
        field: 'infrastructure.memory',
        message: 'The infrastructure cannot be changed by an upgrade.',
      },
    ]);
    expect((await simulator.state()).operations).toHaveLength(0);
  });

  test('(f) an administrator without ACTIVITI_ADMIN: refused inline, and by the API', async ({
    upgradeWizard: wizard,
    simulator,
  }) => {
    const message =
      'Sofia Lindqvist does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.';
    await wizard.goto('app-001');
    await wizard.version(10).check();
    await wizard.nextButton.click();
    await wizard.expectStep('Set admin and user access');
    await wizard.choose('Admin users', 'sofia', 'Sofia Lindqvist');
    await expect(wizard.main.getByText(message)).toBeVisible();

    const body = await upgradeRequestFor(simulator, 'app-001');
    const answer = await postUpgrade(simulator, 'app-001', {
      ...body,
      access: { ...body.access, admins: { users: ['u-admin', 'u-sofia'], groups: [] } },
    });
    expect(answer.status).toBe(422);
    expect((answer.body as Refusal).errors).toEqual([{ field: 'access.admins.users.1', message }]);
    expect((await simulator.state()).operations).toHaveLength(0);
  });
});

test.describe('upgrade refusals, conflicts (409)', () => {
  // Whole wizard walks plus a second actor: slow on a busy machine.
  test.describe.configure({ timeout: 60_000 });
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test('(a) another tab upgraded to 10 meanwhile: the stale Upgrade is refused plainly, choices kept, and 10 is shown as no longer higher', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
    await wizard.walkToReview('app-001', { ...ready, comment: 'Adds e-mail notifications' });
    await simulator.setScenario({ operationSpeed: 1000 });
    const other = await startUpgradeViaApi(simulator, 'app-001', { projectVersion: 10 });
    await waitForOperation(simulator, other.id);

    await wizard.upgradeButton.click();
    const conflict = wizard.alert('Someone else changed this application');
    await expect(conflict).toContainText(
      'You started from revision 1, but invoice-approvals is now at revision 2. Your choices are kept: review them against the application as it is now, then upgrade.',
    );
    await expect(page).toHaveURL(/\/upgrade\/review$/);
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    await expect(wizard.region('Connectors')).toContainText(
      'EMAIL_HOST: (none) → https://mysmtp.com',
    );
    await checkA11y(page, { name: 'upgrade refused, someone else changed it' });
    await shot('upgrade refused, someone else changed it');

    await conflict.getByRole('button', { name: 'Review the latest' }).click();
    const outdated = wizard.alert('Project version 10 is no longer an upgrade');
    await expect(outdated).toContainText(
      'invoice-approvals now runs project version 10 (application version 4)',
    );
    await expect(wizard.region('Versions')).toContainText(
      'Project version: 10 → 10 (not higher than the deployed version)',
    );
    await expect(wizard.upgradeButton).toBeDisabled();
    await expect(outdated).toBeFocused();
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    await checkA11y(page, { name: 'upgrade review, version no longer higher' });
    await shot('upgrade review, version no longer higher');
    await outdated.getByRole('button', { name: 'Choose the version' }).click();
    await wizard.expectStep('Choose the version');
    await expect(wizard.main.getByRole('status')).toContainText(
      'invoice-approvals already runs project version 10, the latest released version of Invoice Approvals. There is nothing to upgrade to.',
    );
    expect((await simulator.state()).operations.map((o) => o.id)).toEqual([other.id]);
  });

  test('(g) an upgrade already running: the UI says so and keeps everything; once it has finished the person proceeds', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
    // travel-expenses-us runs project 1 and may go to 6 or 12: another tab takes it to 6.
    await wizard.walkToReview('app-018', { version: 12, comment: 'Straight to 12' });
    await simulator.setScenario({ operationSpeed: 0.001 });
    const other = await startUpgradeViaApi(simulator, 'app-018', { projectVersion: 6 });

    await wizard.upgradeButton.click();
    const running = wizard.alert('An upgrade is already running');
    await expect(running).toContainText(
      `travel-expenses-us is being upgraded by operation ${other.id}`,
    );
    await expect(running).toContainText('Your choices are kept');
    await expect(wizard.comment).toHaveValue('Straight to 12');
    await expect(wizard.region('Versions')).toContainText('Project version: 1 → 12');
    await checkA11y(page, { name: 'upgrade refused, already running' });
    await shot('upgrade refused, already running');

    // Asking for the latest while it still runs: the review says so and offers no Upgrade yet.
    await running.getByRole('button', { name: 'Review the latest' }).click();
    const stillRunning = wizard.main
      .getByRole('status')
      .filter({ hasText: 'An upgrade of travel-expenses-us is running' });
    await expect(stillRunning).toContainText('once it has finished, review the latest and upgrade');
    await expect(wizard.upgradeButton).toBeDisabled();
    await checkA11y(page, { name: 'upgrade review, another upgrade running' });

    await simulator.setScenario({ operationSpeed: 1000 });
    await waitForOperation(simulator, other.id);
    await stillRunning.getByRole('button', { name: 'Review the latest' }).click();
    const latest = wizard.main.getByRole('status').filter({ hasText: 'Shown as it is now' });
    await expect(latest).toContainText(
      'travel-expenses-us now runs project version 6 (application version 2)',
    );
    await expect(latest).toBeFocused();
    await expect(wizard.region('Versions')).toContainText('Project version: 6 → 12');
    await expect(wizard.region('Versions')).toContainText('Application version: 2 → 3');
    await expect(wizard.comment).toHaveValue('Straight to 12');
    await wizard.upgradeButton.click();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);
    await expect(wizard.main.getByRole('status').filter({ hasText: 'now runs' })).toHaveText(
      /travel-expenses-us now runs project version 12 \(application version 3\)/,
      { timeout: 15_000 },
    );
    const state = await simulator.state();
    expect(state.operations).toHaveLength(2);
    expect(state.applications.find((a) => a.id === 'app-018')).toMatchObject({
      projectVersion: 12,
      applicationVersion: 3,
    });
  });
});

test.describe('upgrade refusals, a viewer (403)', () => {
  test.use({ allowedConsoleErrors: [/status of 403/] });

  test('(h) a viewer has no Upgrade action, gets the not-allowed screen, and the API answers 403 with the roles needed', async ({
    page,
    applicationDetail: detail,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
  }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await detail.goto('app-001');
    await expect(detail.heading('invoice-approvals')).toBeVisible();
    await expect(detail.upgradeAvailable).toBeVisible();
    await expect(detail.main.getByRole('button', { name: 'Upgrade', exact: true })).toHaveCount(0);
    await expect(detail.main.getByRole('link', { name: 'Upgrade', exact: true })).toHaveCount(0);

    await wizard.goto('app-001');
    await expect(wizard.notAllowed).toBeVisible();
    await checkA11y(page, { name: 'viewer, upgrade not allowed' });

    const answer = await postUpgrade(
      simulator,
      'app-001',
      await upgradeRequestFor(simulator, 'app-001'),
    );
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      title: "You don't have permission to do this",
      detail: 'This needs the role Administrator (permission "applications:upgrade").',
      requiredRoles: ['UPSHIFT_ADMINISTRATOR'],
    });
    expect((await simulator.state()).operations).toHaveLength(0);
  });
});

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
    await simulator.bootSimulator({ scenario: { operationSpeed: 20 } });
    await wizard.walkToReview('app-001', ready);
    const { keys } = recordUpgradeKeys(page);
    // A slow answer, so the second click lands while the first is still on its way.
    await simulator.setScenario({ latencyMs: 600 });
    await wizard.upgradeButton.dblclick();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);
    await expect(wizard.stepHeading).toHaveText('Upgrading invoice-approvals');
    await expect(wizard.main.getByRole('status').filter({ hasText: 'now runs' })).toBeVisible({
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
    await simulator.bootSimulator({ scenario: { operationSpeed: 20 } });
    await wizard.walkToReview('app-001', { ...ready, comment: 'Adds e-mail notifications' });
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
    await expect(wizard.main.getByRole('status').filter({ hasText: 'now runs' })).toHaveText(
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
