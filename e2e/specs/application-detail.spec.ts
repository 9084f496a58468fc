import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures';
import {
  tabSegments,
  type ApplicationDetailPage,
  type DetailTab,
} from '../pages/application-detail.page';

const APP = { id: 'app-001', name: 'invoice-approvals' };
const MASK = '••••••••';

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
    // Seven axe scans: more than the default 30 s on a busy machine.
    test.setTimeout(60_000);
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

  test('shows services, connectors, access and running work as the simulator holds them', async ({
    applicationDetail: detail,
    simulator,
  }) => {
    await detail.goto(APP.id, 'Services');
    await expect(detail.panel.getByRole('heading', { level: 2 })).toHaveText([
      'runtime-bundle',
      'query-service',
      'audit-service',
    ]);
    await expect(
      detail.panel.getByText(
        'Not changed by an upgrade: only connectors can get a new image or variables.',
      ),
    ).toBeVisible();

    await detail.openTab('Connectors');
    const erp = detail.section('erp-connector');
    await expect(erp).toContainText('Custom');
    await expect(erp).toContainText(
      'registry.spacetech.example/invoice-approvals/erp-connector:2.3.1',
    );
    await expect(
      detail.variables('erp-connector').getByRole('row', { name: /API_TOKEN/ }),
    ).toContainText(MASK);

    await detail.openTab('Access');
    const admins = detail.accessList('Administrators', 'users').getByRole('listitem');
    await expect(admins).toHaveCount(2);
    await expect(admins.first()).toContainText('Alex Morgan');
    await expect(admins.first()).toContainText('ACTIVITI_ADMIN');
    await expect(admins.nth(1)).toContainText('Mateo Rossi');
    await expect(detail.accessList('Users', 'groups')).toContainText('finance-users');

    await detail.openTab('Running work');
    await expect(
      detail.panel.getByText(
        'Work running on earlier versions finishes there; new work starts on application version 3.',
      ),
    ).toBeVisible();
    await expect(detail.runningWork().getByRole('rowheader')).toHaveText(['3 (current)', '2', '1']);
    const state = await simulator.state();
    expect(state.applications.find((a) => a.id === APP.id)?.applicationVersion).toBe(3);
  });

  test('reveals one secret on purpose through the audited API, and hides it again; a viewer has no Reveal', async ({
    page,
    applicationDetail: detail,
    simulator,
  }) => {
    await detail.goto(APP.id, 'Services');
    const row = detail
      .variables('runtime-bundle')
      .getByRole('row', { name: /SPRING_DATASOURCE_PASSWORD/ });
    const reveal = detail.revealButton('SPRING_DATASOURCE_PASSWORD', 'runtime-bundle');
    await expect(row).toContainText(MASK);
    await expect(row).not.toContainText('pw-app-001-7f3a');
    await expect(reveal).toHaveAttribute('aria-pressed', 'false');

    await reveal.click();
    await expect(reveal).toHaveAttribute('aria-pressed', 'true');
    await expect(row).toContainText('pw-app-001-7f3a');
    await expect(
      detail.variables('query-service').getByRole('row', { name: /KEYCLOAK_CLIENT_SECRET/ }),
    ).toContainText(MASK);

    await reveal.click();
    await expect(row).toContainText(MASK);

    // The read is in the History: who, when and which key, never the value.
    await detail.openTab('History');
    const read = detail.historyEntries(APP.name).first();
    await expect(read.getByRole('heading', { name: 'Secret values revealed' })).toBeVisible();
    await expect(read).toContainText('Read: SPRING_DATASOURCE_PASSWORD of service runtime-bundle');
    await expect(read).not.toContainText('pw-app-001');

    await simulator.signInAs('u-viewer');
    await detail.goto(APP.id, 'Services');
    await expect(row).toContainText(MASK);
    await expect(reveal).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText('pw-app-001');
  });

  test('History shows the seeded upgrade 2 → 4 by Alex Morgan with its comment', async ({
    applicationDetail: detail,
  }) => {
    await detail.goto(APP.id, 'History');
    const entries = detail.historyEntries(APP.name);
    await expect(entries).toHaveCount(1);
    const upgrade = entries.first();
    await expect(upgrade.getByRole('heading', { name: 'Upgrade' })).toBeVisible();
    await expect(upgrade).toContainText('Succeeded');
    await expect(upgrade).toContainText('by Alex Morgan');
    await expect(upgrade).toContainText(
      'project version 2 (application version 2) → project version 4 (application version 3)',
    );
    await expect(upgrade).toContainText('Quarter-end approval rules');
  });

  test('the Upgrade action opens the wizard, says why it cannot for a Helm app, and is absent for a viewer', async ({
    page,
    upgradeWizard,
    simulator,
  }) => {
    await page.goto('/applications/app-001');
    await page.getByRole('main').getByRole('link', { name: 'Upgrade' }).click();
    await expect(page).toHaveURL(/\/applications\/app-001\/upgrade\/version$/);
    await upgradeWizard.expectStep('Choose the version');

    await page.goto('/applications/app-003');
    const blocked = page.getByRole('main').getByRole('button', { name: 'Upgrade' });
    await expect(blocked).toBeDisabled();
    await expect(blocked).toHaveAccessibleDescription(/Deployed with Helm/);

    await simulator.signInAs('u-viewer');
    await page.goto('/applications/app-001');
    await expect(page.getByRole('heading', { level: 1, name: APP.name })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Upgrade' })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('button', { name: 'Upgrade' })).toHaveCount(0);
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
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${tab} scrolls sideways`).toBeLessThanOrEqual(0);
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
