import type { UpgradeRequest } from '@/contract/upgrades';
import { expect, test } from '../fixtures';
import { FAST } from '../support/simulator';
import { SEED_EMAIL_JSON } from '../support/upgrade-api';

test.describe('upgrade wizard', () => {
  test.use({ operationSpeed: FAST.operationSpeed });

  test('the seed: invoice-approvals from project version 4 → 10, application version 3 → 4, with the e-mail connector', async ({
    page,
    upgradeWizard: wizard,
    simulator,
    checkA11y,
    shot,
  }) => {
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
    await wizard.setVariables('email-connector', SEED_EMAIL_JSON);
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
    await expect(wizard.outcome('now runs')).toHaveText(
      /invoice-approvals now runs project version 10 \(application version 4\)/,
      { timeout: 15_000 },
    );
    const back = wizard.main.getByRole('link', { name: 'Back to invoice-approvals' });
    await expect(back).toBeVisible();
    await checkA11y(page, { name: 'upgrade done' });
    await shot('upgrade done');

    const state = await simulator.state();
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

test.describe('upgrade wizard, secret values', () => {
  test.use({ operationSpeed: FAST.operationSpeed });
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
    await wizard.walkToConnectors('app-001', 10);

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
    await expect(wizard.outcome('now runs')).toBeVisible({
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
