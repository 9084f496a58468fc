/**
 * Bad input stays text, in the URL: hostile values in every query parameter and route parameter
 * (src/app/router.tsx, src/app/routes/**, src/config/paths.ts), opened as a shared link would
 * be. Nothing runs, nothing throws, a value the console cannot use falls back to its default or is
 * said as literal text ("No application has the id …"), and long values wrap.
 *
 * Query strings:
 *   /applications                 q status project projectVersion applicationVersion deployedVia
 *                                 upgradeAvailable sort order page pageSize
 *   /my-applications              q updateAvailable sort order page pageSize
 *   /templates                    q sort order page pageSize
 *   /installed-applications       q updateAvailable sort order page pageSize
 *   /inbox, /inbox/archived       category page pageSize
 *   /templates/:id/diff           from to view ws filter unchanged expanded
 *   /installed-applications/:id/upgrade             to components confirm operation + view options
 *   /installed-applications/:id/upgrades/:u/rollback components confirm operation
 *   /installed-applications/:id   recordsPage
 *   /applications/:id/readiness-check and …/upgrade/progress   operation
 * Route parameters: /applications/:applicationId[/tab][/access/manage][/readiness-check],
 *   /applications/:applicationId/upgrade/:step, /my-applications/:applicationId[/tab],
 *   /my-applications/:id/versions/:version/(register|withdraw|confirm-update|confirm-reactivate),
 *   /templates/:templateId[/publish|/diff], /installed-applications/:installedId[/upgrade],
 *   /installed-applications/:id/upgrades/:upgradeId[/rollback], /inbox/:box.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { allInOne, xss, InjectionGuard, long, refusedRequests } from '../support/bad-input';
import { expectNoSidewaysScroll } from '../support/layout';
import { SimulatorControl } from '../support/simulator';

test.use({ allowedConsoleErrors: [refusedRequests] });

/** Every URL parameter takes the same path whatever the markup: all of it at once, then length. */
const urlPayloads = [allInOne, long()];
const viewKeys = ['view', 'ws', 'filter', 'unchanged', 'expanded'];
const v = encodeURIComponent;
const query = (keys: readonly string[], value: string) =>
  `?${keys.map((key) => `${key}=${v(value)}`).join('&')}`;

/**
 * All the markup in every key; then 10,000 characters in the first key and 400 in the others (a
 * URL much over 16 KB is refused by the web server before the console sees it).
 */
function queries(keys: readonly string[]): string[] {
  const [first = '', ...rest] = keys;
  const longest = `?${first}=${v(long())}${rest.map((key) => `&${key}=${v(long('y', 400))}`).join('')}`;
  return [query(keys, allInOne), longest];
}

/**
 * Opens a URL as a shared link; a dialog hides the page's heading from the accessibility tree.
 * The console paints before the simulator has started, and the simulator's service worker
 * reloads a page it did not control yet (msw does, when a navigation came before the worker
 * was active): the page is checked once the simulator runs in it.
 */
async function open(page: Page, guard: InjectionGuard, url: string) {
  await page.goto(url);
  await new SimulatorControl(page).ready();
  const shown = page.getByRole('heading', { level: 1 }).or(page.getByRole('dialog'));
  await expect(shown.first()).toBeVisible();
  await guard.expectNothingRan(url.slice(0, 120));
}

const lists = [
  {
    path: '/applications',
    heading: 'Applications',
    search: 'Search applications',
    keys: [
      'q',
      'status',
      'projectVersion',
      'applicationVersion',
      'deployedVia',
      'upgradeAvailable',
      'sort',
      'order',
      'page',
      'pageSize',
    ],
  },
  {
    path: '/my-applications',
    heading: 'My Applications',
    search: 'Search my applications',
    keys: ['q', 'updateAvailable', 'sort', 'order', 'page', 'pageSize'],
  },
  {
    path: '/templates',
    heading: 'Templates',
    search: 'Search templates',
    keys: ['q', 'sort', 'order', 'page', 'pageSize'],
  },
  {
    path: '/installed-applications',
    heading: 'Installed applications',
    search: 'Search installed applications',
    keys: ['q', 'updateAvailable', 'sort', 'order', 'page', 'pageSize'],
  },
];

test.describe('bad input stays text: URL parameters', () => {
  for (const list of lists) {
    test(`${list.path}: the query string falls back to defaults; the search shows as typed`, async ({
      page,
    }) => {
      const guard = await InjectionGuard.install(page);
      for (const search of queries(list.keys)) {
        await open(page, guard, `${list.path}${search}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(list.heading);
        const q = new URLSearchParams(search).get('q');
        // The list reads at most 100 characters of a search from its URL.
        await expect(page.getByRole('searchbox', { name: list.search })).toHaveValue(
          q === null ? '' : q.trim().slice(0, 100),
        );
        await expectNoSidewaysScroll(page, `${list.path} with hostile parameters`);
      }
      if (list.path !== '/applications') return;
      // An unknown project id is refused by the server (400) and said with the id as text.
      await open(page, guard, `/applications${query(['project'], xss.img)}`);
      await expect(page.getByRole('alert')).toContainText(`No project has the id "${xss.img}"`);
    });
  }

  test('/inbox: category and paging fall back to their defaults', async ({ page }) => {
    const guard = await InjectionGuard.install(page);
    for (const search of queries(['category', 'page', 'pageSize'])) {
      for (const box of ['/inbox', '/inbox/archived']) {
        await open(page, guard, `${box}${search}`);
        await expect(page.getByRole('tab', { name: 'Events' })).toBeVisible();
      }
    }
  });

  const routeGroups = {
    applications: (p: string) => [
      `/applications/${p}`,
      `/applications/${p}/access/manage`,
      `/applications/${p}/upgrade/version`,
      `/applications/app-001/upgrade/${p}`,
      `/applications/app-001/${p}`,
    ],
    'my applications and templates': (p: string) => [
      `/my-applications/${p}`,
      `/my-applications/sh-001/${p}`,
      `/templates/${p}`,
      `/templates/${p}/diff?from=1.0&to=1.1`,
    ],
    'installed applications and the inbox': (p: string) => [
      `/installed-applications/${p}`,
      `/installed-applications/ia-002/upgrades/${p}`,
      `/installed-applications/ia-002/upgrades/${p}/rollback`,
      `/inbox/${p}`,
    ],
  };
  for (const [area, routes] of Object.entries(routeGroups)) {
    test(`route parameters of ${area}: not found, nothing runs, nothing overflows`, async ({
      page,
    }) => {
      const guard = await InjectionGuard.install(page);
      for (const payload of urlPayloads) {
        for (const url of routes(v(payload))) {
          await open(page, guard, url);
          await expect(page.getByRole('main')).toContainText(/not found/i);
          await expectNoSidewaysScroll(page, url.slice(0, 120));
        }
      }
    });
  }

  test('dialogs of an unknown version or application name it as text', async ({ page, shot }) => {
    const guard = await InjectionGuard.install(page);
    for (const payload of urlPayloads) {
      for (const dialog of ['register', 'confirm-update']) {
        await open(page, guard, `/my-applications/sh-004/versions/${v(payload)}/${dialog}`);
        await expect(page.getByRole('dialog')).toContainText(
          `Visitor Management has no version ${payload}.`,
        );
      }
      await open(page, guard, `/applications/${v(payload)}/readiness-check`);
      await expect(page.getByRole('dialog')).toContainText(
        `No application has the id "${payload}".`,
      );
      if (payload === allInOne) await shot('unknown application named as text');
    }
  });

  test('diff and upgrade details: unknown versions said as text, view options fall back', async ({
    page,
  }) => {
    const guard = await InjectionGuard.install(page);
    // Versions that are not published are said as typed, and the valid ones offered.
    const fromTo = query(['from', 'to', ...viewKeys], allInOne);
    await open(page, guard, `/templates/tpl-observability-stack/diff${fromTo}`);
    await expect(page.getByRole('main')).toContainText(`${allInOne} (not published)`);
    await expectNoSidewaysScroll(page, 'the diff between two unpublished hostile versions');
    await expect(page.getByRole('alert')).toContainText('Pick published versions above');
    await open(page, guard, `/installed-applications/ia-002/upgrade${query(['to'], allInOne)}`);
    await expect(page.getByRole('alert')).toContainText('can be upgraded to: 1.12, 1.11, 1.10');
    for (const search of queries(['components', 'confirm', ...viewKeys])) {
      await open(page, guard, `/templates/tpl-observability-stack/diff${search}&from=1.9&to=1.10`);
      await expect(page.getByRole('region', { name: 'Components' })).toBeVisible();
      await expectNoSidewaysScroll(page, 'the diff with hostile view options');
      await open(page, guard, `/installed-applications/ia-002/upgrade${search}&to=1.12`);
      await expect(page.getByRole('region', { name: 'Components' })).toBeVisible();
      await expectNoSidewaysScroll(page, 'upgrade details with hostile parameters');
    }
  });

  test('operation ids, rollback choices and record pages', async ({ page }) => {
    const guard = await InjectionGuard.install(page);
    for (const payload of urlPayloads) {
      for (const url of [
        `/applications/app-001/upgrade/progress${query(['operation'], payload)}`,
        `/applications/app-001/readiness-check${query(['operation'], payload)}`,
        `/installed-applications/ia-002/upgrade?to=1.12&operation=${v(payload)}`,
      ]) {
        await open(page, guard, url);
        await expect(page.getByRole('alert')).toContainText(
          `No operation has the id "${payload}".`,
        );
        await expectNoSidewaysScroll(page, url.slice(0, 120));
      }
    }
    for (const search of queries(['components', 'confirm', 'operation'])) {
      await open(
        page,
        guard,
        `/installed-applications/ia-002/upgrades/upg-seed-02/rollback${search}`,
      );
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Roll back observability-prod to 1.8',
      );
      await expectNoSidewaysScroll(page, 'the rollback with hostile parameters');
    }
    for (const records of ['abc', allInOne, '1.5', 'Infinity', '1e308']) {
      await open(page, guard, `/installed-applications/ia-002?recordsPage=${v(records)}`);
      await expect(page.getByRole('table', { name: 'Upgrade records' })).toBeVisible();
    }
  });
});
