import { expect, test } from '../fixtures';
import { PlatformPage } from '../pages/platform.page';
import { fixClock } from '../support/clock';

test('Legacy 9.1 → 11: LifeTime blocks and goes first, publish all, the changes of 10 and 11', async ({
  page,
  checkA11y,
  shot,
}) => {
  const platform = new PlatformPage(page);
  await fixClock(page);
  await platform.goto();
  await platform.planUpgrade('Legacy', '11');
  await expect(platform.heading).toHaveText('Upgrade Legacy to 11');
  await expect(platform.main).toContainText('Publish all applications after the upgrade');
  await expect(platform.main).toContainText(
    'Upgrading from Platform Server 10 or previous to Platform Server 11',
  );

  const blockers = platform.main.getByRole('alert');
  await expect(blockers).toContainText('2 things block this upgrade');
  await expect(blockers).toContainText('LifeTime is on 9.1, behind 11');
  await expect(blockers).toContainText('LifeTime is installed inside Production');
  await expect(blockers).toContainText(
    'What to do: Starting on version 11, LifeTime is only supported when installed in a dedicated environment.',
  );
  await expect(
    platform.main.getByRole('region', { name: /^Changes in / }).getByRole('heading', { level: 3 }),
  ).toHaveText([/^10 · \d+ changes?$/, /^11 · \d+ changes?$/]);
  await checkA11y(page, { name: 'legacy plan analysis' });
  await platform.shots(shot, 'legacy plan analysis');

  await platform.openPhase('planning');
  await expect(platform.tab('planning')).toHaveText('PlanningBlocked');
  await expect(platform.order.getByRole('listitem').first()).toContainText(
    'upgraded first: LifeTime must be the most up-to-date environment',
  );
  await expect(platform.order.getByRole('listitem').first().getByRole('button')).toHaveCount(0);
  expect((await platform.orderNames()).slice(1)).toEqual(['Development', 'Quality', 'Production']);
  await checkA11y(page, { name: 'legacy plan planning' });
});
