import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { PlatformPage } from '../pages/platform.page';
import { fixClock } from '../support/clock';
import { personas } from '../support/simulator';

const CSP = 'Content Security Policy blocks inline scripts';

test.describe('platform upgrade: analysis and planning', () => {
  test.describe.configure({ timeout: 120_000 });
  // The viewer's forced change is refused with a 403, which Chromium logs.
  test.use({ allowedConsoleErrors: [/status of 403/] });

  test('Northwind 11.10.0 → 11.19.0: every change reviewed, strategies, order and schedule saved', async ({
    page,
    simulator,
    shell,
    checkA11y,
    shot,
  }) => {
    const platform = new PlatformPage(page);
    await fixClock(page);
    await page.goto('/applications');
    await shell.navigateTo('Platform');
    await expect(platform.heading).toHaveText('Platform');
    const northwind = platform.infrastructure('Northwind');
    await expect(northwind).toContainText('LifeTime 11.19.0 · Dedicated environment');
    await expect(northwind.getByRole('row', { name: /^Pre-Production / })).toContainText(
      '2 zones × 1 front-end',
    );
    await expect(platform.infrastructure('Legacy')).toContainText(
      'LifeTime 9.1 · Inside Production (not dedicated)',
    );
    await checkA11y(page, { name: 'platform infrastructure page' });
    await platform.shots(shot, 'platform infrastructure');

    const planId = await platform.planUpgrade('Northwind', '11.19.0');
    await expect(platform.heading).toHaveText('Upgrade Northwind to 11.19.0');
    await expect(platform.main).toContainText('Publish gradually after modules preparation');
    await expect(platform.tab('analysis')).toHaveText('Analysis0 of 9 reviewed');

    // Analysis: release notes per version, then every crossed change reviewed, one needs a fix.
    const notes = platform.main.getByRole('button', { name: /^11\.12\.0 Published / });
    await notes.click();
    await expect(platform.main).toContainText(
      'Modules preparation: publish applications gradually after the upgrade.',
    );
    await checkA11y(page, { name: 'plan analysis' });
    await platform.reviewTheRest();
    await platform.needsFix(CSP, '6', 'Inline scripts in the customer portal');
    await expect(platform.reviewSummary).toHaveText(
      '9 of 9 reviewed · 1 needs a fix · 6 hours of fixing estimated',
    );
    await expect(platform.tab('analysis')).toHaveText('Analysis9 of 9 reviewed');
    await platform.shots(shot, 'plan analysis reviewed');

    // Planning: zero-downtime where the front-ends allow it, named where they do not.
    await platform.openPhase('planning');
    await expect(platform.strategy('Pre-Production', 'Zero-downtime')).toBeDisabled();
    await expect(platform.settings('Pre-Production')).toContainText(
      "Not possible here. Zero-downtime needs at least 2 front-ends in every zone; Pre-Production's Internal has fewer.",
    );
    await platform.strategy('Production', 'Zero-downtime').check();
    await expect(platform.checklist).toContainText(
      'Disconnect half of the front-end servers in each zone at the load balancer',
    );

    // The order by keyboard; Production first is refused at the list.
    await platform.move('Development', 'down');
    expect(await platform.orderNames()).toEqual([
      'Testing',
      'Development',
      'Pre-Production',
      'Production',
    ]);
    await expect(
      platform.order.getByRole('button', { name: 'Move down: Development' }),
    ).toBeFocused();
    await expect(
      platform.main.getByRole('status').filter({ hasText: 'moved to place' }),
    ).toHaveText('Development moved to place 2 of 4.');
    for (let i = 0; i < 3; i++) await platform.move('Production', 'up');
    await expect(platform.main.getByRole('alert')).toHaveText(
      'Production cannot be upgraded first: upgrade and test your applications in a non-production environment before Production.',
    );
    await platform.save.click();
    await expect(platform.order).toBeFocused();
    for (let i = 0; i < 3; i++) await platform.move('Production', 'down');
    await expect(platform.main.getByRole('alert')).toBeHidden();

    // A schedule inside Sprint 40 is warned in the seed's words; a past one is refused.
    await platform.schedule('Testing').fill('2026-10-01T10:00');
    await expect(platform.settings('Testing')).toContainText('Pick a time in the future.');
    await platform.schedule('Testing').fill('2026-11-10T10:00');
    await expect(platform.warnings).toContainText(
      'Testing is scheduled during Sprint 40: an upgrade sprint should never break a development sprint.',
    );
    await platform.schedule('Production').fill('2026-11-24T22:00');
    await checkA11y(page, { name: 'plan planning' });
    await platform.shots(shot, 'plan planning');
    await shell.chooseTheme('Dark');
    await checkA11y(page, { name: 'plan planning, dark theme' });
    await shot('plan planning, dark');
    await shell.chooseTheme('Light');

    await platform.save.click();
    await expect(platform.saved).toBeVisible();
    const plan = (await simulator.state()).upgradePlans.find((p) => p.id === planId);
    expect(plan?.environments.map((e) => e.name)).toEqual([
      'Testing',
      'Development',
      'Pre-Production',
      'Production',
    ]);
    expect(plan?.environments.find((e) => e.environmentId === 'nw-prod')).toMatchObject({
      strategy: 'zero-downtime',
      schedule: { at: '2026-11-24T22:00:00.000Z', timeZone: 'UTC' },
    });
    expect(plan?.environments.find((e) => e.environmentId === 'nw-test')?.schedule).toEqual({
      at: '2026-11-10T10:00:00.000Z',
      timeZone: 'UTC',
    });

    // The checklist for Production, as a Markdown file.
    const download = page.waitForEvent('download');
    await platform.checklist.getByRole('button', { name: 'Export as Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('northwind-production-checklist.md');
    const markdown = await readFile(await file.path(), 'utf8');
    expect(markdown).toContain('# Pre-production checklist: Production');
    expect(markdown).toContain('- Schedule: Nov 24, 2026, 10:00 PM (UTC)');
    expect(markdown).toContain(`- [ ] Fix done and tested: ${CSP} (11.16.0, 6 h)`);

    // A viewer reads the same plan with nothing to change; forcing a change is refused.
    await simulator.signInAs(personas.viewer);
    await page.reload();
    await expect(platform.order).toBeVisible();
    await expect(platform.main.getByRole('button', { name: /^Move / })).toHaveCount(0);
    await expect(platform.save).toHaveCount(0);
    await expect(platform.settings('Production')).toContainText(
      'Zero-downtime: a rollback will most certainly lose data',
    );
    const forced = await simulator.api({
      method: 'PATCH',
      path: `/platform/upgrade-plans/${planId}`,
      body: { revision: plan?.revision, order: ['nw-prod', 'nw-dev', 'nw-test', 'nw-preprod'] },
    });
    expect(forced.status).toBe(403);
    await platform.openPhase('analysis');
    await expect(platform.main.getByRole('button', { name: 'Needs a fix…' })).toHaveCount(0);
  });
});
