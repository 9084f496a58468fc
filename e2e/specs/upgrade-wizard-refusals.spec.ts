import { expect, personas, test } from '../fixtures';
import { SEED_EMAIL_JSON } from '../support/upgrade-api';

test.describe('upgrade wizard refusals', () => {
  test('bad JSON of several kinds is explained at the editor, and blocks Next', async ({
    page,
    upgradeWizard: wizard,
  }) => {
    await wizard.walkToConnectors('app-001', 10);
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
    await wizard.setVariables('email-connector', SEED_EMAIL_JSON);

    await page.reload();
    await wizard.expectStep('Configure connectors');
    await expect(wizard.variables('email-connector')).toHaveText(SEED_EMAIL_JSON);
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
