import { expect, test } from '../fixtures';

/** Background of each scheme (src/theme/palette.ts), as the browser computes it. */
const background = { light: 'rgb(245, 247, 250)', dark: 'rgb(15, 19, 24)' };

test.describe('shell', () => {
  test('light and dark themes really apply, pass axe and survive a reload', async ({
    page,
    shell,
    applicationsList,
    checkA11y,
    shot,
  }) => {
    await shell.goto('/applications');
    await expect(applicationsList.rows.first()).toBeVisible();

    await shell.chooseTheme('Light');
    await expect(shell.root).toHaveClass(/\blight\b/);
    await expect(shell.root).not.toHaveClass(/\bdark\b/);
    await expect(shell.root).toHaveCSS('color-scheme', 'light');
    await expect(shell.body).toHaveCSS('background-color', background.light);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await shell.settled();
    await checkA11y(page, { name: 'shell and list, light theme' });
    await shot('shell light');

    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await expect(shell.root).toHaveCSS('color-scheme', 'dark');
    await expect(shell.body).toHaveCSS('background-color', background.dark);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await shell.settled();
    await checkA11y(page, { name: 'shell and list, dark theme' });
    await shot('shell dark');

    await page.reload();
    await expect(applicationsList.rows.first()).toBeVisible();
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await expect(shell.body).toHaveCSS('background-color', background.dark);
    await shell.themeButton.click();
    await expect(shell.themeOption('Dark')).toHaveAttribute('aria-checked', 'true');
    await expect(shell.themeOption('Light')).toHaveAttribute('aria-checked', 'false');
    await page.keyboard.press('Escape');
    await expect(shell.themeMenu).toBeHidden();
  });

  test('"System" follows the operating system setting', async ({
    page,
    shell,
    applicationsList,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await shell.goto('/applications');
    await expect(applicationsList.heading).toBeVisible();
    await shell.chooseTheme('System');
    await expect(shell.body).toHaveCSS('background-color', background.dark);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(shell.body).toHaveCSS('background-color', background.light);
  });

  test('shows the standalone marker; the skip link is the first Tab stop and focuses main', async ({
    page,
    shell,
    applicationsList,
  }) => {
    await shell.goto('/applications');
    await expect(applicationsList.rows.first()).toBeVisible();
    await expect(shell.banner.getByText('Standalone — simulated data')).toBeVisible();
    await expect(shell.breadcrumbs).toContainText('Applications');

    await expect(shell.skipLink).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await expect(shell.skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(shell.main).toBeFocused();
    await expect(page).toHaveURL(/\/applications$/);
  });

  test('an unknown address shows "Page not found" with a way back', async ({
    page,
    shell,
    applicationsList,
    checkA11y,
  }) => {
    await shell.goto('/no-such-page');
    await expect(shell.heading('Page not found')).toBeVisible();
    await expect(shell.banner).toBeVisible();
    await expect(shell.breadcrumbs).toContainText('Page not found');
    await expect(page).toHaveTitle(/Page not found/);
    await shell.settled();
    await checkA11y(page, { name: 'page not found' });

    await shell.main.getByRole('link', { name: 'Go to applications' }).click();
    await expect(page).toHaveURL(/\/applications$/);
    await expect(applicationsList.heading).toBeVisible();
    await expect(applicationsList.rows.first()).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the navigation sits behind "Open navigation" and its drawer navigates', async ({
      page,
      shell,
      applicationsList,
      checkA11y,
      shot,
    }) => {
      await shell.goto('/no-such-page');
      await expect(shell.heading('Page not found')).toBeVisible();
      await expect(shell.navigation).toBeHidden();
      await expect(shell.openNavigationButton).toBeVisible();
      await expect(shell.openNavigationButton).toHaveAttribute('aria-expanded', 'false');
      await expect(shell.banner.getByText('Simulated', { exact: true })).toBeVisible();

      const drawer = await shell.openNavigationDrawer();
      await expect(drawer).toBeVisible();
      // A modal drawer: the rest of the page, header included, leaves the accessibility tree.
      await expect(shell.banner).toBeHidden();
      const link = drawer.getByRole('navigation', { name: 'Main' }).getByRole('link', {
        name: 'Applications',
        exact: true,
      });
      await expect(link).toBeInViewport();
      await shell.settled();
      await checkA11y(page, { name: 'mobile navigation drawer' });
      await shot('shell mobile navigation');

      await link.click();
      await expect(drawer).toBeHidden();
      await expect(page).toHaveURL(/\/applications$/);
      await expect(applicationsList.rows.first()).toBeVisible();
      await expect(shell.navigation).toBeHidden();
      await shell.settled();
      await checkA11y(page, { name: 'shell mobile' });
      await shot('shell mobile');
    });
  });
});
