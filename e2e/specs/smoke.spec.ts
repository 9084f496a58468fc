import { expect, test } from '../fixtures';

test('the console opens on the applications list and passes axe', async ({
  page,
  shell,
  checkA11y,
  shot,
}) => {
  await shell.goto('/');

  await expect(shell.heading('Applications')).toBeVisible();
  await expect(shell.userMenuButton).toBeVisible();

  await checkA11y(page, { name: 'applications list' });
  await shot('smoke-applications-list');
});
