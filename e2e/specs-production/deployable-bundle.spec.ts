import { ServerUpgradePage } from '../pages/server-upgrade.page';
import { httpStatus, postReadinessCheck } from '../support/failures';
import {
  ApiSimulator,
  cspDirectives,
  openAs,
  pageNonces,
  people,
  signInOnApiPage,
} from '../support/production';
import { expect, test } from '../support/production-fixtures';
import { storedApp } from '../support/self-hosted-api';
import { serverRecord, spacetech } from '../support/servers-api';
import { FAST } from '../support/simulator';
import { SEED_EMAIL_JSON } from '../support/upgrade-api';

/**
 * The bundle people deploy (`npm run build`: no simulator inside), served by `preview:prod` with
 * a deployment's headers and strict CSP, against `npm run api`. The journeys share one server,
 * so they run in order from a fresh seed; a retry starts them all again from the seed.
 */
test.describe.configure({ mode: 'serial', timeout: 60_000 });

test.beforeAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  await new ApiSimulator(request).reset(FAST.operationSpeed);
  await request.dispose();
});

const BASE64_NONCE = /^[A-Za-z0-9+/]{22}==$/;

test.describe('an administrator, then a viewer', () => {
  // Signed out at first and again after Sign out (401), and the viewer's refused POST (403).
  test.use({
    allowedConsoleErrors: [new RegExp(`${httpStatus(401).source}|${httpStatus(403).source}`)],
  });

  test('signs in through the API, upgrades invoice-approvals to done, reads a template diff in the dark; the viewer gets 403', async ({
    page,
    shell,
    applicationsList,
    upgradeWizard: wizard,
    templateDiff: diff,
    api,
    shot,
  }) => {
    const first = await page.goto('/applications');
    const headers = first?.headers() ?? {};
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    const csp = cspDirectives(headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", expect.stringMatching(/^'nonce-.+'$/)]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");

    // Signed out: the console's Sign in opens the API's page, which comes back here.
    await expect(shell.heading('You are signed out')).toBeVisible();
    await shell.main.getByRole('link', { name: 'Sign in' }).click();
    await signInOnApiPage(page, people.admin);
    await expect(page).toHaveURL('/applications');
    await expect(shell.userMenuButton).toHaveAccessibleName('Account: Alex Morgan, Administrator');
    await expect(applicationsList.row('invoice-approvals')).toBeVisible();

    const wizardPage = page.waitForResponse((r) => r.url().endsWith('/upgrade/version'));
    await wizard.walkToConnectors('app-001', 10);
    await wizard.setVariables('email-connector', SEED_EMAIL_JSON);
    // emotion's and CodeMirror's <style> elements carry this response's nonce, a fresh one.
    const nonces = await pageNonces(page);
    const policy = (await wizardPage).headers()['content-security-policy'];
    const nonce = cspDirectives(policy).get('style-src')?.[1];
    expect(nonces.meta).toMatch(BASE64_NONCE);
    expect(nonce).toBe(`'nonce-${nonces.meta}'`);
    expect(nonce).not.toBe(csp.get('style-src')?.[1]);
    expect(nonces.styles.length).toBeGreaterThan(1);
    expect(new Set(nonces.styles)).toEqual(new Set([nonces.meta]));
    await wizard.nextButton.click();
    await wizard.expectStep('Review the upgrade');
    await wizard.comment.fill('From the production bundle');
    await wizard.upgradeButton.click();
    await expect(wizard.outcome('now runs')).toHaveText(
      /invoice-approvals now runs project version 10 \(application version 4\)/,
      { timeout: 15_000 },
    );
    await shot('production: upgrade done');
    expect((await api.state()).applications.find((a) => a.id === 'app-001')).toMatchObject({
      projectVersion: 10,
      applicationVersion: 4,
    });

    await diff.gotoDiff('tpl-observability-stack', '?from=1.9&to=1.10');
    await expect(diff.field('grafana', 'Image tag')).toContainText('11.0.0');
    const secret = diff.field('grafana', 'GF_SECURITY_ADMIN_PASSWORD');
    await expect(secret).toContainText('••••••••');
    await diff.revealSecrets.click();
    await expect(secret).toContainText('gf-admin-2026-rotated');
    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await shot('production: template diff, dark');

    // Sign out ends the session on the server, not only in this tab.
    await shell.userMenuButton.click();
    await page
      .getByRole('dialog', { name: 'Alex Morgan' })
      .getByRole('button', { name: 'Sign out' })
      .click();
    await expect(shell.heading('You are signed out')).toBeVisible();
    expect((await page.request.get('/api/v1/identity/me')).status()).toBe(401);

    await shell.main.getByRole('link', { name: 'Sign in' }).click();
    await signInOnApiPage(page, people.viewer);
    await expect(shell.userMenuButton).toHaveAccessibleName('Account: Victor Lee, Viewer');
    await page.goto('/applications');
    await expect(applicationsList.row('invoice-approvals')).toBeVisible();
    await expect(applicationsList.readinessLinks).toHaveCount(0);
    const refused = await postReadinessCheck(page, 'app-002');
    expect(refused).toMatchObject({ status: 403, body: { status: 403 } });
    expect(refused.body.requiredRoles).toEqual(
      expect.arrayContaining(['UPSHIFT_ADMINISTRATOR', 'UPSHIFT_OPERATOR']),
    );
  });
});

test('an operator switches Field Service Scheduler to 2.10.0, one version active throughout', async ({
  page,
  selfHostedVersions: versions,
  api,
}) => {
  await openAs(page, people.operator, '/my-applications/sh-001');
  await expect(versions.list).toBeVisible();
  await versions.register('2.10.0');
  expect(await versions.watchUntil('2.10.0', 'Registered for test')).toEqual(['2.9.1']);
  await versions.action('2.10.0', 'Confirm Update').click();
  await versions.comment.fill('From the production bundle');
  await versions.yesButton.click();
  expect(await versions.watchUntil('2.10.0', 'Active')).toEqual(['2.9.1', '2.10.0']);
  await expect(versions.toasts).toContainText(
    'Field Service Scheduler now runs 2.10.0. 2.9.1 is inactive.',
  );
  expect(storedApp(await api.state(), 'sh-001').statuses).toEqual({
    '2.8.0': 'inactive',
    '2.9.1': 'inactive',
    '2.10.0': 'active',
  });
});

test.describe('two people, one global.yaml', () => {
  // The second save is refused with a 409, which Chromium logs.
  test.use({ allowedConsoleErrors: [httpStatus(409)] });

  test('the administrator saves first; the operator gets the 409, keeps what they typed and saves it', async ({
    page,
    serverUpgrade: admin,
    anotherPerson,
    api,
    shot,
  }) => {
    // Download and packages are a minute on the simulated clock: no one watches them here.
    await api.setScenario({ operationSpeed: 200 });
    await openAs(page, people.admin, `/servers/${spacetech.id}/upgrade?to=3.8.1`);
    await admin.startButton().click();
    await admin.expectAt('Configuration');
    const operator = new ServerUpgradePage(
      await anotherPerson(people.operator, `/servers/${spacetech.id}/upgrade`),
    );
    await operator.expectAt('Configuration');

    // Both edit revision 1: the operator types a line, the administrator adds the new option.
    const typed = '# Olivia: the mail relay stays as it is';
    await operator.currentStep.getByRole('radio', { name: 'Edit global.yaml' }).click();
    const editor = operator.currentStep.getByRole('textbox', { name: 'global.yaml', exact: true });
    await editor.click();
    await operator.page.keyboard.press('ControlOrMeta+End');
    await operator.page.keyboard.insertText(`\n${typed}`);
    await expect(editor).toContainText(typed);
    await admin.currentStep.getByRole('radio', { name: 'Edit global.yaml' }).click();
    await admin.press('Insert monitor.enabled');
    await admin.press('Save global.yaml');
    await admin.expectAt('Export');

    await operator.press('Save global.yaml');
    await expect(
      operator.main.getByRole('alert').filter({ hasText: 'Someone else changed global.yaml' }),
    ).toBeVisible();
    const mine = operator.main.getByRole('textbox', { name: 'Your global.yaml' });
    await expect(mine).toContainText(typed);
    await expect(
      operator.main.getByRole('textbox', { name: 'Their global.yaml (revision 2)' }),
    ).toContainText('enabled: true');
    await shot('production: the operator after the 409');
    const afterConflict = serverRecord(await api.state(), spacetech.id).configuration;
    expect(afterConflict.revision).toBe(2);
    expect(afterConflict.yaml).not.toContain(typed);

    await operator.main.getByRole('button', { name: 'Keep mine and save again' }).click();
    await operator.expectAt('Export');
    const saved = serverRecord(await api.state(), spacetech.id).configuration;
    expect(saved.revision).toBe(3);
    expect(saved.yaml).toContain(typed);
  });
});
