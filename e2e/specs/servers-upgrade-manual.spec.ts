import type { Page } from '@playwright/test';
import { expect, personas, test } from '../fixtures';
import {
  MONITOR_HOST,
  releaseImages,
  serverUpgradesOf,
  spacetech,
  startUpgradeViaApi,
} from '../support/servers-api';

/** What `check` prints on the server once every container of the release is healthy. */
function checkOutput(services: readonly string[]): string {
  return ['NAME                      STATUS']
    .concat(services.map((s) => `${`spacetech-${s}-1`.padEnd(26)}healthy`))
    .join('\n');
}

/** What `version` prints: the script version and each image with its digest. */
function versionOutput(
  images: readonly { service: string; image: string; tag: string; hash: string }[],
) {
  return ['Script version: 3.8.1', 'Images:']
    .concat(images.map((i) => `  ${i.service.padEnd(14)}${i.image}:${i.tag}@${i.hash}`))
    .join('\n');
}

/** Pastes as a person does: the text on the clipboard, then Ctrl+V into the focused box. */
async function paste(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+V');
}

test.describe('server upgrade: I run the commands', () => {
  test.describe.configure({ timeout: 90_000 });

  test('copy, run, mark each command; a reload resumes; pasted check and version output are read back', async ({
    page,
    context,
    serverUpgrade: upgrade,
    simulator,
    checkA11y,
    shot,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await upgrade.goto(spacetech.id, '3.8.1');
    await upgrade.runManual.check();
    await upgrade.startButton().click();
    await upgrade.expectAt('Download');
    await expect(upgrade.main).toContainText('You run the commands');

    const curl = `curl -O -L https://cdn.appcircle.io/self-hosted/appcircle/appcircle-server-linux-x64-3.8.1.zip`;
    await upgrade.copyButton(curl).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(curl);
    await expect(upgrade.toasts).toContainText('Copied');
    await upgrade.press('I ran this');
    await upgrade.expectAt('Update packages');
    await upgrade.press('I ran this');
    await upgrade.expectAt('Configuration');
    await upgrade.currentStep
      .getByRole('button', { name: 'Keep global.yaml and continue' })
      .click();
    await upgrade.expectAt('Export');

    // A reload mid-runbook comes back to the same step.
    await page.reload();
    await upgrade.expectAt('Export');
    await expect(upgrade.step('Download')).toContainText('Marked done by Alex Morgan.');
    await upgrade.press('I ran this');
    await upgrade.confirmDns(MONITOR_HOST);

    await upgrade.confirmDowntimeLink.click();
    await expect(upgrade.dialog.getByRole('radio', { name: 'At a chosen time' })).toBeDisabled();
    await expect(upgrade.dialog).toContainText(
      'You run the commands yourself: apply when you start them.',
    );
    await upgrade.dialogConfirm.check();
    await upgrade.applyNow.click();
    await expect(upgrade.dialog).toBeHidden();
    for (const step of ['Down', 'Upgrade', 'Up']) {
      await upgrade.expectAt(step);
      await upgrade.press('I ran this');
    }

    await upgrade.expectAt('Check');
    const images = await releaseImages(simulator, '3.8.1');
    await upgrade.pasteBox('check').click();
    await paste(page, checkOutput(images.map((i) => i.service)));
    await expect(upgrade.currentStep.getByRole('status')).toHaveText('Read 7 service statuses.');
    await expect(upgrade.currentStep).toContainText('Every service of 3.8.1 is healthy.');
    await checkA11y(page, { name: 'manual runbook, check pasted' });
    await upgrade.shots(shot, 'manual runbook check pasted');
    await upgrade.press('Send the check output');

    await upgrade.expectAt('Version');
    await upgrade.pasteBox('version').click();
    await paste(page, `${versionOutput(images)}\nsome banner the terminal printed`);
    await expect(upgrade.currentStep.getByRole('status')).toHaveText(
      'Read 7 image hashes; 1 line could not be read.',
    );
    await expect(
      upgrade.currentStep.getByRole('list', { name: 'Lines that could not be read' }),
    ).toHaveText('some banner the terminal printed');
    await expect(upgrade.currentStep).toContainText("Every image is at 3.8.1's hash.");
    await upgrade.press('Send the version output');
    await expect(upgrade.completed).toHaveText('spacetech runs 3.8.1');
    await checkA11y(page, { name: 'manual runbook, completed' });

    const [done] = serverUpgradesOf(await simulator.state(), spacetech.id).filter(
      (u) => u.to === '3.8.1',
    );
    expect(done).toMatchObject({ mode: 'manual', status: 'completed' });
    expect(done?.hashesAfter.map((h) => h.hash)).toEqual(images.map((i) => i.hash));
  });

  test('a viewer follows the runbook read-only', async ({
    page,
    serverUpgrade: upgrade,
    simulator,
    checkA11y,
    shot,
  }) => {
    await page.goto('/');
    await startUpgradeViaApi(simulator, spacetech.id, { to: '3.8.1', mode: 'manual' });
    await simulator.signInAs(personas.viewer);
    await upgrade.goto(spacetech.id);
    await upgrade.expectAt('Download');
    await expect(upgrade.main).toContainText(
      'Read only: running the upgrade needs the Administrator or Operator role.',
    );
    await expect(upgrade.copyButton('sudo ./ac-self-hosted.sh -i')).toBeVisible();
    await expect(upgrade.main.getByRole('button', { name: /^(?!Copy)/ })).toHaveCount(0);
    await expect(upgrade.confirmDowntimeLink).toHaveCount(0);
    await checkA11y(page, { name: 'server runbook, viewer' });
    await upgrade.shots(shot, 'server runbook viewer');
  });
});
