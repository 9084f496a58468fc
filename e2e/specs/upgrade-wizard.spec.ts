import type { UpgradeRequest } from '@/contract/upgrades';
import { expect, personas, test } from '../fixtures';

const SEED_JSON = '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050"}';

interface StoredApp {
  id: string;
  projectVersion: number;
  applicationVersion: number;
}

test.describe('upgrade wizard', () => {
  test('the seed: invoice-approvals from project version 4 → 10, application version 3 → 4, with the e-mail connector', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
    test.setTimeout(60_000);
    await simulator.bootSimulator({ scenario: { operationSpeed: 20 } });
    await wizard.goto('app-001');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upgrade invoice-approvals');
    await wizard.expectStep('Choose the version');
    await expect(wizard.versions.getByRole('radio')).toHaveCount(1);
    await expect(wizard.versions).toContainText('Project version 10 → application version 4');
    await expect(wizard.versions).toContainText('Connectors: erp-connector, email-connector');
    await wizard.version(10).check();
    await checkA11y(page, { name: 'upgrade version' });
    await shot('upgrade version');
    await wizard.nextButton.click();

    await expect(page).toHaveURL(/\/applications\/app-001\/upgrade\/access$/);
    await wizard.expectStep('Set admin and user access');
    await expect(wizard.main.getByRole('button', { name: 'Alex Morgan' })).toBeVisible();
    await checkA11y(page, { name: 'upgrade access' });
    await wizard.nextButton.click();

    await wizard.expectStep('Configure connectors');
    await expect(wizard.field('Name of email-connector')).toHaveValue('email-connector');
    await expect(wizard.field('Name of email-connector')).toHaveAttribute('readonly', '');
    await expect(wizard.field('Image of email-connector')).toHaveValue(
      'activiti/email-connector:7.1.0',
    );
    await expect(wizard.variablesHelp('email-connector')).toHaveText(
      'The Email connector needs EMAIL_HOST and EMAIL_PORT.',
    );
    await wizard.setVariables('email-connector', SEED_JSON);
    await expect(wizard.variablesHelp('email-connector')).toHaveText(
      'A JSON object of strings; needs EMAIL_HOST and EMAIL_PORT.',
    );
    await checkA11y(page, { name: 'upgrade connectors' });
    await shot('upgrade connectors');
    await wizard.nextButton.click();

    await wizard.expectStep('Review the upgrade');
    await expect(wizard.main.getByRole('region', { name: 'Versions' })).toContainText(
      'Project version: 4 → 10',
    );
    await expect(wizard.main.getByRole('region', { name: 'Versions' })).toContainText(
      'Application version: 3 → 4',
    );
    const connectors = wizard.main.getByRole('region', { name: 'Connectors' });
    await expect(connectors).toContainText('email-connector: added');
    await expect(connectors).toContainText('EMAIL_HOST: (none) → https://mysmtp.com');
    await expect(connectors).toContainText('Unchanged: erp-connector');
    await expect(wizard.main.getByRole('region', { name: 'Stays the same' })).toContainText(
      'Service runtime-bundle',
    );
    await wizard.comment.fill('Adds e-mail notifications');
    await checkA11y(page, { name: 'upgrade review' });
    await shot('upgrade review');
    await wizard.upgradeButton.click();

    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);
    await wizard.expectStep('Upgrading invoice-approvals');
    await expect(wizard.main.getByRole('status').filter({ hasText: 'now runs' })).toHaveText(
      /invoice-approvals now runs project version 10 \(application version 4\)/,
      { timeout: 15_000 },
    );
    const back = wizard.main.getByRole('link', { name: 'Back to invoice-approvals' });
    await expect(back).toBeVisible();
    await checkA11y(page, { name: 'upgrade done' });
    await shot('upgrade done');

    const state = (await simulator.state()) as { applications: StoredApp[] };
    expect(state.applications.find((a) => a.id === 'app-001')).toMatchObject({
      projectVersion: 10,
      applicationVersion: 4,
    });
    // The draft is gone: starting again begins from scratch.
    expect(
      await page.evaluate(() => localStorage.getItem('upshift.upgrade-draft.u-admin.app-001')),
    ).toBeNull();
  });
});

test.describe('upgrade wizard refusals', () => {
  test('bad JSON of several kinds is explained at the editor, and blocks Next', async ({
    page,
    upgradeWizard: wizard,
  }) => {
    await wizard.goto('app-001');
    await wizard.version(10).check();
    await wizard.nextButton.click();
    await wizard.expectStep('Set admin and user access');
    await wizard.nextButton.click();
    await wizard.expectStep('Configure connectors');
    const help = wizard.variablesHelp('email-connector');
    const editor = wizard.variables('email-connector');

    await wizard.setVariables('email-connector', '{"EMAIL_HOST": ');
    await expect(help).toHaveText(/^Not valid JSON: /);
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    // CodeMirror's own linter marks the syntax error inline.
    await expect(page.locator('.cm-lintRange-error, .cm-lint-marker-error').first()).toBeVisible();

    await wizard.setVariables('email-connector', '["EMAIL_HOST"]');
    await expect(help).toHaveText(/^Variables must be a JSON object/);
    await wizard.setVariables('email-connector', '{"EMAIL_HOST":"h","EMAIL_PORT":8050}');
    await expect(help).toHaveText(/The value of EMAIL_PORT must be a string/);
    await wizard.setVariables('email-connector', '{"EMAIL HOST":"h"}');
    await expect(help).toHaveText(/"EMAIL HOST" is not a valid variable name/);
    await wizard.setVariables('email-connector', '{"EMAIL_HOST":"h"}');
    await expect(help).toHaveText('The Email connector needs EMAIL_PORT.');

    await wizard.nextButton.click();
    await expect(wizard.main.getByRole('alert')).toContainText(
      'The Email connector needs EMAIL_PORT.',
    );
    await expect(page).toHaveURL(/\/upgrade\/connectors$/);
  });

  test('an administrator without ACTIVITI_ADMIN is refused inline; a reload keeps every choice', async ({
    page,
    upgradeWizard: wizard,
  }) => {
    await wizard.goto('app-001');
    await wizard.version(10).check();
    await wizard.nextButton.click();
    await wizard.expectStep('Set admin and user access');
    await wizard.choose('Admin users', 'sofia', 'Sofia Lindqvist');
    const message =
      'Sofia Lindqvist does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.';
    await expect(wizard.main.getByText(message)).toBeVisible();
    await expect(wizard.picker('Admin users')).toHaveAttribute('aria-invalid', 'true');
    await wizard.nextButton.click();
    await expect(wizard.main.getByRole('alert')).toContainText(message);
    await expect(page).toHaveURL(/\/upgrade\/access$/);

    // Remove her again and add a user who may use the application.
    await wizard.main.getByRole('button', { name: 'Sofia Lindqvist' }).press('Backspace');
    await expect(wizard.main.getByText(message)).toBeHidden();
    await wizard.choose('Users', 'ken', 'Ken Watanabe');
    await wizard.nextButton.click();
    await wizard.expectStep('Configure connectors');
    await wizard.setVariables('email-connector', SEED_JSON);

    await page.reload();
    await wizard.expectStep('Configure connectors');
    await expect(wizard.variables('email-connector')).toHaveText(SEED_JSON);
    await wizard.backButton.click();
    await wizard.expectStep('Set admin and user access');
    await expect(wizard.main.getByRole('button', { name: 'Ken Watanabe' })).toBeVisible();
    await wizard.backButton.click();
    await wizard.expectStep('Choose the version');
    await expect(wizard.version(10)).toBeChecked();
  });

  test('Cancel asks first when something changed, then forgets the draft', async ({
    page,
    upgradeWizard: wizard,
  }) => {
    await wizard.goto('app-001');
    await wizard.version(10).check();
    await wizard.cancelButton.click();
    const dialog = page.getByRole('dialog', { name: 'Cancel the upgrade?' });
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page).toHaveURL(/\/applications\/app-001$/);
    expect(
      await page.evaluate(() => localStorage.getItem('upshift.upgrade-draft.u-admin.app-001')),
    ).toBeNull();
  });

  test('Helm-deployed applications offer no way forward', async ({ upgradeWizard: wizard }) => {
    await wizard.goto('app-003');
    await expect(wizard.main.getByRole('status')).toContainText('was deployed with Helm');
    await expect(wizard.nextButton).toHaveCount(0);
  });

  test('a viewer sees no wizard', async ({ upgradeWizard: wizard, simulator, checkA11y, page }) => {
    await simulator.bootSimulator({ userId: personas.viewer });
    await wizard.goto('app-001');
    await expect(wizard.notAllowed).toBeVisible();
    await expect(wizard.main).toContainText('needs the Administrator role');
    await expect(wizard.versions).toHaveCount(0);
    await checkA11y(page, { name: 'upgrade not allowed' });
  });
});

test.describe('upgrade wizard, server failure', () => {
  test.use({ allowedConsoleErrors: [/status of 500/] });

  // FIXME: fails consistently since the last runs (the email-connector editor is not found); under investigation.
  test('a 500 on startUpgrade keeps every choice and Retry works once the server recovers', async ({
    page,
    upgradeWizard: wizard,
    simulator,
  }) => {
    await simulator.bootSimulator({
      scenario: { operationSpeed: 20, failure: { endpointId: 'startUpgrade', status: 500 } },
    });
    await wizard.goto('app-001');
    await wizard.version(10).check();
    // Each Next waits for the step it opens: a click landing mid-navigation would hit the old one.
    await wizard.nextButton.click();
    await wizard.expectStep('Set admin and user access');
    await wizard.nextButton.click();
    await wizard.expectStep('Configure connectors');
    await wizard.setVariables('email-connector', SEED_JSON);
    await wizard.nextButton.click();
    await wizard.expectStep('Review the upgrade');
    await wizard.comment.fill('Adds e-mail notifications');
    await wizard.upgradeButton.click();

    const problem = wizard.main.getByRole('alert').filter({ hasText: /Retry/ });
    await expect(problem).toBeVisible();
    await expect(page).toHaveURL(/\/upgrade\/review$/);
    await expect(wizard.comment).toHaveValue('Adds e-mail notifications');
    expect(((await simulator.state()) as { operations: unknown[] }).operations).toHaveLength(0);

    await simulator.clearScenario();
    await simulator.setScenario({ operationSpeed: 20 });
    await problem.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);
    await expect(wizard.main.getByRole('link', { name: 'Back to invoice-approvals' })).toBeVisible({
      timeout: 15_000,
    });
    const state = (await simulator.state()) as { applications: StoredApp[]; operations: unknown[] };
    expect(state.operations).toHaveLength(1);
    expect(state.applications.find((a) => a.id === 'app-001')?.projectVersion).toBe(10);
  });
});

test.describe('upgrade wizard, the work fails', () => {
  test('the failure is named, the application stays as it was, History records it, and Retry upgrades', async ({
    page,
    upgradeWizard: wizard,
    applicationDetail: detail,
    simulator,
    shot,
  }) => {
    await simulator.bootSimulator({
      scenario: { operationSpeed: 20, failingOperationKind: 'application.upgrade' },
    });
    await wizard.walkToReview('app-001', {
      version: 10,
      variables: { 'email-connector': SEED_JSON },
      comment: 'First try',
    });
    await wizard.upgradeButton.click();
    await expect(page).toHaveURL(/\/upgrade\/progress\?operation=op-/);

    const failure = wizard.main.getByRole('alert').filter({ hasText: 'The work failed' });
    await expect(failure).toBeVisible({ timeout: 15_000 });
    await expect(wizard.progress).toHaveAccessibleName(/Failed/);
    await expect(wizard.main.getByRole('status').filter({ hasText: 'still runs' })).toHaveText(
      /^invoice-approvals still runs project version 4 \(application version 3\): nothing was changed/,
    );
    await shot('upgrade-failed');
    let state = (await simulator.state()) as { applications: StoredApp[] };
    const stored = state.applications.find((a) => a.id === 'app-001');
    expect(stored).toMatchObject({ projectVersion: 4, applicationVersion: 3, status: 'running' });

    // The draft is kept for Retry; the server is well again.
    await simulator.setScenario({ failingOperationKind: null });
    await wizard.main.getByRole('button', { name: 'Retry', exact: true }).click();
    await expect(wizard.main.getByRole('link', { name: 'Back to invoice-approvals' })).toBeVisible({
      timeout: 15_000,
    });
    state = await simulator.state();
    expect(state.applications.find((a) => a.id === 'app-001')).toMatchObject({
      projectVersion: 10,
      applicationVersion: 4,
    });

    await detail.goto('app-001', 'History');
    const entries = detail.historyEntries('invoice-approvals');
    // Newest first: each attempt is recorded as started, then how it ended.
    await expect(entries.nth(0)).toContainText('Succeeded');
    await expect(entries.nth(1)).toContainText('Started');
    await expect(entries.nth(2)).toContainText('Failed');
    await expect(entries.nth(2)).toContainText('First try');
    await expect(entries.nth(2)).toContainText('Why: The work failed: Simulated failure');
    await expect(entries.nth(3)).toContainText('Started');
  });
});

test.describe('upgrade wizard, secret values', () => {
  const MASK = '••••••••';
  const JSON_WITH_SECRET =
    '{"EMAIL_HOST":"https://mysmtp.com","EMAIL_PORT":"8050","SMTP_PASSWORD":"hunter2"}';

  test('a connector password is masked in the editor and on Review, shown on purpose, and sent as typed', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
    test.setTimeout(60_000);
    await simulator.bootSimulator({ scenario: { operationSpeed: 20 } });
    await wizard.goto('app-001');
    await wizard.version(10).check();
    await wizard.nextButton.click();
    await wizard.expectStep('Set admin and user access');
    await wizard.nextButton.click();
    await wizard.expectStep('Configure connectors');

    // The deployed erp-connector's API_TOKEN is masked from the start.
    const erp = wizard.variables('erp-connector');
    await expect(erp).toContainText(`"API_TOKEN": "${MASK}"`);
    await expect(erp).not.toContainText('tok-app-001-c0de');

    const email = wizard.variables('email-connector');
    const show = wizard.main
      .getByRole('region', { name: 'Connector email-connector' })
      .getByRole('button', { name: 'Show secret values' });
    await expect(show).toHaveCount(0);
    await wizard.setVariables(
      'email-connector',
      JSON_WITH_SECRET,
      JSON_WITH_SECRET.replace('hunter2', MASK),
    );
    await expect(email.getByRole('img', { name: 'hidden secret value' })).toHaveCount(1);
    await expect(wizard.variablesHelp('email-connector')).toHaveText(
      'A JSON object of strings; needs EMAIL_HOST and EMAIL_PORT.',
    );
    await expect(show).toHaveAttribute('aria-pressed', 'false');
    await checkA11y(page, { name: 'upgrade connectors, secrets masked' });
    await shot('upgrade connectors, secrets masked');

    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'true');
    await expect(email).toHaveText(JSON_WITH_SECRET);
    await expect(erp).not.toContainText('tok-app-001-c0de');
    await checkA11y(page, { name: 'upgrade connectors, secrets shown' });
    await shot('upgrade connectors, secrets shown');
    await show.click();
    await expect(show).toHaveAttribute('aria-pressed', 'false');
    await expect(email).toHaveText(JSON_WITH_SECRET.replace('hunter2', MASK));

    // Typed key by key: the value shows while its string is open, and is masked once closed.
    await email.press('End');
    await email.press('ArrowLeft');
    await page.keyboard.type(',"API_KEY":"k1');
    await expect(email).toContainText('"API_KEY":"k1}');
    await page.keyboard.type('"');
    await expect(email).toContainText(`"SMTP_PASSWORD":"${MASK}","API_KEY":"${MASK}"}`);
    // The cursor steps over the bullets in one go: this X lands before the whole value.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    await expect(email).not.toContainText('k1');

    await wizard.nextButton.click();
    await wizard.expectStep('Review the upgrade');
    const connectors = wizard.main.getByRole('region', { name: 'Connectors' });
    await expect(connectors).toContainText(`SMTP_PASSWORD: (none) → ${MASK}`);
    await expect(connectors).toContainText(`API_KEY: (none) → ${MASK}`);
    await expect(wizard.main).not.toContainText(/hunter2|Xk1/);
    await wizard.upgradeButton.click();
    await expect(wizard.main.getByRole('status').filter({ hasText: 'now runs' })).toBeVisible({
      timeout: 15_000,
    });

    const state = await simulator.state();
    const sent = (state.operations[0]?.input.request as UpgradeRequest | undefined)?.connectors;
    const stored = state.details['app-001']?.connectors;
    for (const connectors of [sent, stored]) {
      expect(connectors?.find((c) => c.name === 'email-connector')?.variables).toEqual({
        EMAIL_HOST: 'https://mysmtp.com',
        EMAIL_PORT: '8050',
        SMTP_PASSWORD: 'hunter2',
        API_KEY: 'Xk1',
      });
      expect(connectors?.find((c) => c.name === 'erp-connector')?.variables).toMatchObject({
        API_TOKEN: 'tok-app-001-c0de',
      });
    }
  });
});
