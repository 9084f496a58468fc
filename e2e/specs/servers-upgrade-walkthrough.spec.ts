import { expect, test } from '../fixtures';
import {
  MONITOR_HOST,
  releaseImages,
  serverRecord,
  serverUpgradesOf,
  shortHash,
  spacetech,
} from '../support/servers-api';
import { FAST } from '../support/simulator';

test.describe('server upgrade: the seed walk-through', () => {
  // Every step of the runbook is watched live: slow on a busy machine.
  test.describe.configure({ timeout: 120_000 });
  test.use({ operationSpeed: FAST.operationSpeed });

  test('spacetech 3.7.2 → 3.8.1 run here: plan, download → DNS, downtime, down → version, the record', async ({
    page,
    serverUpgrade: upgrade,
    simulator,
    checkA11y,
    shot,
  }) => {
    // The seed starts from what `version` prints: 3.7.2, with its images.
    await page.goto(`/servers/${spacetech.id}`);
    await expect(page.getByRole('main')).toContainText('Package version3.7.2');
    await page.getByRole('link', { name: 'Upgrade to 3.8.1' }).click();
    await expect(page).toHaveURL(/\/servers\/spacetech\/upgrade\?to=3\.8\.1$/);

    await expect(upgrade.heading).toHaveText('Upgrade Space Tech');
    await expect(upgrade.main).toContainText('This is an upgrade, 2 releases crossed.');
    await expect(upgrade.checklist).toContainText(
      `${MONITOR_HOST} for the monitor service (3.8.1)`,
    );
    await expect(upgrade.checklist.getByRole('list', { name: 'Runners below 1.9.0' })).toHaveText(
      'spacetech-macos-02 runs 1.8.7',
    );
    await expect(upgrade.imagesChanging.getByRole('listitem')).toHaveCount(7);
    await checkA11y(page, { name: 'server upgrade plan' });
    await upgrade.shots(shot, 'server upgrade plan');

    await expect(upgrade.runHere).toBeChecked();
    await upgrade.startButton().click();
    await expect(upgrade.runbook).toBeVisible();
    await expect(upgrade.announcement(/Download: done/)).toBeAttached({ timeout: 20_000 });
    await upgrade.expectAt('Configuration');
    await expect(upgrade.step('Update packages')).toContainText('Needs root');

    // A global.yaml edit: the new option inserted, saved with its revision.
    await upgrade.currentStep.getByRole('radio', { name: 'Edit global.yaml' }).click();
    await upgrade.press('Insert monitor.enabled');
    await upgrade.press('Save global.yaml');
    await upgrade.expectAt('Export');
    await expect(upgrade.step('Configuration')).toContainText('global.yaml edited (revision 2).');
    await upgrade.press('Run export');
    await upgrade.confirmDns(MONITOR_HOST);
    await expect(upgrade.confirmDowntimeLink).toBeVisible();
    expect(serverRecord(await simulator.state(), spacetech.id).state).toBe('running');
    await checkA11y(page, { name: 'server runbook, ready for the downtime' });
    await upgrade.shots(shot, 'server runbook ready for the downtime');

    await upgrade.confirmDowntimeLink.click();
    await expect(page).toHaveURL(/\/servers\/spacetech\/upgrade\/downtime$/);
    await expect(upgrade.dialog).toContainText('spacetech is unreachable from down until up.');
    await expect(upgrade.dialog).toContainText(
      `Added to DNS, as ticked in step 5: ${MONITOR_HOST}.`,
    );
    await expect(upgrade.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await checkA11y(page, { name: 'downtime dialog' });
    await upgrade.shots(shot, 'downtime dialog');
    // The dialog has its own URL: Back closes it, nothing applied.
    await page.goBack();
    await expect(upgrade.dialog).toBeHidden();
    await upgrade.confirmDowntimeLink.click();
    await upgrade.dialogConfirm.check();
    await upgrade.applyNow.click();
    await expect(upgrade.dialog).toBeHidden();
    await expect(page).toHaveURL(/\/servers\/spacetech\/upgrade\?to=3\.8\.1$/);

    await expect(upgrade.main).toContainText(/spacetech has been unreachable for \d/, {
      timeout: 20_000,
    });
    await checkA11y(page, { name: 'server runbook, down' });
    await upgrade.shots(shot, 'server runbook while down');
    await expect(upgrade.completed).toHaveText('spacetech runs 3.8.1', { timeout: 40_000 });
    await expect(upgrade.main).toContainText(/spacetech was unreachable for \d+ s, from /);
    const images = await releaseImages(simulator, '3.8.1');
    const hashes = upgrade.main.getByRole('region', { name: 'Image hashes now' });
    for (const image of images) await expect(hashes).toContainText(shortHash(image.hash));
    await expect(hashes.getByRole('button', { name: 'Copy the api hash' })).toBeVisible();
    await checkA11y(page, { name: 'server runbook, completed' });
    await upgrade.shots(shot, 'server runbook completed');

    const db = await simulator.state();
    const [done] = serverUpgradesOf(db, spacetech.id).filter((u) => u.to === '3.8.1');
    expect(done).toMatchObject({ status: 'completed', configuration: 'edited' });
    expect(serverRecord(db, spacetech.id).configuration.yaml).toContain(
      'monitor:\n  enabled: true',
    );

    // The record keeps the measured unreachable window and the 3.8.1 hashes.
    await upgrade.recordLink.click();
    await expect(page).toHaveURL(new RegExp(`/servers/spacetech/upgrades/${done?.id ?? ''}$`));
    const window = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Unreachable window' }) });
    await expect(window).toContainText(/\d+ s/);
    const table = page.getByRole('table', { name: 'Image hashes before and after' });
    for (const image of images) await expect(table).toContainText(shortHash(image.hash));
    await checkA11y(page, { name: 'server upgrade record' });
    await shot('server upgrade record');
  });
});
