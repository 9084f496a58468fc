import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';
import {
  tabSegments,
  type ApplicationDetailPage,
  type DetailTab,
} from '../pages/application-detail.page';
import { expectNoSidewaysScroll } from '../support/layout';

const APP = { id: 'app-001', name: 'invoice-approvals' };

/** Something only that tab shows, to prove the right panel is on screen. */
function tabContent(detail: ApplicationDetailPage): Record<DetailTab, Locator> {
  const panel = detail.panel;
  return {
    Overview: panel.getByRole('list', { name: 'Released project versions' }),
    Services: panel.getByRole('heading', { level: 2, name: 'runtime-bundle' }),
    Infrastructure: panel.getByText('Read-only: an upgrade cannot change infrastructure.'),
    Connectors: panel.getByRole('heading', { level: 2, name: 'erp-connector' }),
    Access: detail.accessList('Administrators', 'users'),
    'Running work': detail.runningWork(),
    History: panel.getByRole('list', { name: `Changes to ${APP.name}, newest first` }),
  };
}

const tabs = Object.keys(tabSegments) as DetailTab[];

function tabUrl(tab: DetailTab): RegExp {
  const segment = tabSegments[tab];
  return new RegExp(`/applications/${APP.id}${segment ? `/${segment}` : ''}$`);
}

test.describe('application detail', () => {
  test('opens from the list by its name; Back returns to the list with its query string', async ({
    page,
    shell,
    applicationsList: list,
    applicationDetail: detail,
    checkA11y,
    shot,
  }) => {
    await list.goto('?q=invoice&sort=updatedAt&order=desc');
    await list.row(APP.name).getByRole('link', { name: APP.name, exact: true }).click();

    await expect(page).toHaveURL(tabUrl('Overview'));
    await expect(detail.heading(APP.name)).toBeVisible();
    await expect(detail.versions).toHaveText('Project version 4 · Application version 3');
    await expect(detail.upgradeAvailable).toHaveText('Upgrade available → project version 10');
    await expect(detail.main.getByText('Deployment service').first()).toBeVisible();
    await expect(shell.breadcrumbs.getByRole('link', { name: 'Applications' })).toHaveAttribute(
      'href',
      '/applications?q=invoice&sort=updatedAt&order=desc',
    );
    await expect(shell.breadcrumbs.getByText(APP.name)).toHaveAttribute('aria-current', 'page');
    await expect(detail.tab('Overview')).toHaveAttribute('aria-selected', 'true');
    const releases = tabContent(detail).Overview.getByRole('listitem');
    await expect(releases).toHaveCount(4);
    await expect(releases.first()).toContainText('Upgrade target → application version 4');
    await expect(releases.nth(1)).toContainText('Deployed · application version 3');

    await shell.chooseTheme('Light');
    await shell.settled();
    await checkA11y(page, { name: 'application detail overview' });
    await shot('application detail overview');

    // Through a tab first: the list's query string must survive moving between tabs.
    await detail.openTab('Services');
    await expect(page).toHaveURL(tabUrl('Services'));
    await detail.backLink.click();
    await expect(list.heading).toBeVisible();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/applications');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'invoice',
      sort: 'updatedAt',
      order: 'desc',
    });
  });

  test('every tab opens by clicking, has its own URL and passes axe (light theme)', async ({
    page,
    shell,
    applicationDetail: detail,
    checkA11y,
    shot,
  }) => {
    await detail.goto(APP.id);
    await shell.chooseTheme('Light');
    const content = tabContent(detail);
    for (const tab of tabs) {
      await detail.openTab(tab);
      await expect(page).toHaveURL(tabUrl(tab));
      await expect(detail.tab(tab)).toHaveAttribute('aria-selected', 'true');
      await expect(content[tab]).toBeVisible();
      await expect(detail.heading(APP.name)).toBeVisible();
      await shell.settled();
      await checkA11y(page, { name: `application detail ${tab}` });
      if (tab === 'Services') await shot('application detail services');
      if (tab === 'Connectors') await shot('application detail connectors');
    }
  });

  test('every tab opens by deep link with that tab selected', async ({
    applicationDetail: detail,
  }) => {
    const content = tabContent(detail);
    for (const tab of tabs) {
      await detail.goto(APP.id, tab);
      await expect(detail.heading(APP.name)).toBeVisible();
      await expect(detail.tab(tab)).toHaveAttribute('aria-selected', 'true');
      await expect(content[tab]).toBeVisible();
    }
  });

  test('passes axe in the dark theme', async ({
    page,
    shell,
    applicationDetail: detail,
    checkA11y,
  }) => {
    await detail.goto(APP.id, 'Services');
    await expect(detail.heading(APP.name)).toBeVisible();
    await shell.chooseTheme('Dark');
    await expect(shell.root).toHaveClass(/\bdark\b/);
    await shell.settled();
    await checkA11y(page, { name: 'application detail services, dark theme' });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('no tab scrolls the page sideways', async ({ page, applicationDetail: detail }) => {
      const content = tabContent(detail);
      for (const tab of tabs) {
        await detail.goto(APP.id, tab);
        await expect(content[tab]).toBeVisible();
        await expectNoSidewaysScroll(page, `the ${tab} tab`);
      }
    });
  });

  test.describe('an unknown application', () => {
    // The simulator answers 404, and Chromium logs that failed request.
    test.use({ allowedConsoleErrors: [/status of 404/] });

    test('shows the "Page not found" screen', async ({ shell, applicationDetail: detail }) => {
      await detail.goto('app-does-not-exist', 'Services');
      await expect(shell.heading('Page not found')).toBeVisible();
      await expect(detail.tabs).toHaveCount(0);
      await expect(shell.main.getByRole('link', { name: 'Go to applications' })).toBeVisible();
    });
  });
});
