import { expect, test } from '../fixtures';
import {
  getServerUpgrade,
  orbital,
  postServerUpgrade,
  prepareUpgradeViaApi,
  serverRecord,
  serverUpgradesOf,
  spacetech,
  startUpgradeViaApi,
} from '../support/servers-api';
import { FAST } from '../support/simulator';

test.describe('server upgrade: refusals and failures lose nothing', () => {
  test.describe.configure({ timeout: 90_000 });
  test.use({ operationSpeed: FAST.operationSpeed, allowedConsoleErrors: [/status of (409|422)/] });

  test('a downgrade is refused until it is acknowledged, by the page and by the API', async ({
    page,
    serverUpgrade: upgrade,
    simulator,
    shell,
    checkA11y,
    shot,
  }) => {
    await upgrade.goto(orbital.id, '3.7.2');
    await expect(upgrade.main).toContainText(
      'This is a downgrade: 3.7.2 is older than 3.8.1. After 3.7.1 the container images carry the version of the zip package you download, so the 3.7.2 zip pulls older images and downgrades orbital. 2 releases are undone.',
    );
    await expect(
      upgrade.main.getByRole('heading', { level: 2, name: 'Releases undone' }),
    ).toBeVisible();
    await upgrade.startButton('downgrade').click();
    await expect(upgrade.acknowledgeDowngrade).toBeFocused();
    await expect(upgrade.acknowledgeDowngrade).toHaveAccessibleDescription(
      'Tick this to start: 3.7.2 is older than 3.8.1.',
    );
    const refused = await postServerUpgrade(simulator, orbital.id, { to: '3.7.2' });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('acknowledgeDowngrade');
    expect(serverUpgradesOf(await simulator.state(), orbital.id)).toEqual([]);
    await checkA11y(page, { name: 'server downgrade plan, refused' });
    await upgrade.shots(shot, 'server downgrade refused');
    await shell.chooseTheme('Dark');
    await checkA11y(page, { name: 'server downgrade plan, refused, dark' });
    await shot('server downgrade refused dark');

    await upgrade.acknowledgeDowngrade.check();
    await upgrade.startButton('downgrade').click();
    await expect(upgrade.runbook).toBeVisible();
    await expect(upgrade.main).toContainText('3.8.1 → 3.7.2 (a downgrade)');
    const [started] = serverUpgradesOf(await simulator.state(), orbital.id);
    expect(started).toMatchObject({ from: '3.8.1', to: '3.7.2', downgrade: true });
  });

  test('up fails: the server is down and says so; Retry resumes at up without running down again', async ({
    page,
    serverUpgrade: upgrade,
    simulator,
    shell,
    checkA11y,
    shot,
  }) => {
    await page.goto('/');
    const upgradeId = await prepareUpgradeViaApi(simulator);
    await simulator.serverFaults(spacetech.id, { failStep: 'up' });
    await upgrade.goto(spacetech.id);
    await upgrade.confirmDowntimeLink.click();
    await upgrade.dialogConfirm.check();
    await upgrade.applyNow.click();
    await expect(upgrade.dialog).toBeHidden();

    const up = upgrade.step('Up');
    const failure = up.getByRole('alert');
    await expect(failure).toContainText('up failed', { timeout: 30_000 });
    await expect(failure).toContainText(
      './ac-self-hosted.sh -n "spacetech" up exited with status 1.',
    );
    await expect(failure).toContainText('spacetech is down and unreachable.');
    await expect(failure).toContainText('Retry resumes at Up: down is not run again.');
    await expect(up.getByRole('log', { name: 'Up log' })).toContainText('exited with status 1');
    await expect(upgrade.currentStep.getByRole('heading').first()).toHaveText('Up');
    await expect(upgrade.main).toContainText(/spacetech has been unreachable for \d/);
    await expect(upgrade.announcement('Up failed')).toBeAttached();
    const { downAt } = await getServerUpgrade(simulator, spacetech.id, upgradeId);
    await checkA11y(page, { name: 'server runbook, up failed' });
    await upgrade.shots(shot, 'server runbook up failed');
    await shell.chooseTheme('Dark');
    await checkA11y(page, { name: 'server runbook, up failed, dark' });
    await shot('server runbook up failed dark');

    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(upgrade.completed).toHaveText('spacetech runs 3.8.1', { timeout: 30_000 });
    const db = await simulator.state();
    const done = serverUpgradesOf(db, spacetech.id).find((u) => u.id === upgradeId);
    expect(done?.downAt).toBe(downAt);
    expect(done?.steps.find((s) => s.id === 'down')?.log).toHaveLength(1);
    expect(serverRecord(db, spacetech.id).state).toBe('running');
  });

  test("another tab's upgrade: Start gets the 409 naming it, with a link that opens it", async ({
    page,
    serverUpgrade: upgrade,
    simulator,
    checkA11y,
    shot,
  }) => {
    await upgrade.goto(spacetech.id, '3.8.1');
    await expect(upgrade.startButton()).toBeVisible();
    const other = await startUpgradeViaApi(simulator, spacetech.id, {
      to: '3.8.0',
      mode: 'manual',
    });
    await upgrade.runManual.check();
    await upgrade.startButton().click();
    const conflict = upgrade.main.getByRole('alert').filter({
      hasText: 'An upgrade of this server is not finished',
    });
    await expect(conflict).toContainText(
      `Alex Morgan's upgrade to 3.8.0 (${other.upgradeId}) is preparing. Finish or retry it first.`,
    );
    await checkA11y(page, { name: 'server upgrade plan, 409' });
    await upgrade.shots(shot, 'server upgrade refused by another tab');
    await conflict.getByRole('link', { name: 'Open that upgrade' }).click();
    await expect(upgrade.runbook).toBeVisible();
    await expect(upgrade.main).toContainText('3.7.2 → 3.8.0');
    await expect(upgrade.main).toContainText('You run the commands');
    const started = serverUpgradesOf(await simulator.state(), spacetech.id).filter(
      (u) => u.status !== 'completed',
    );
    expect(started.map((u) => u.id)).toEqual([other.upgradeId]);
  });
});
