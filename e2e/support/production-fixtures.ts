import type { BrowserContext, Page } from '@playwright/test';
import { test as base } from '../fixtures';
import { describeBrowserErrors, recordBrowserErrors, type BrowserErrorLog } from './console-guard';
import { ApiSimulator, openAs, reportCspViolations, type PersonName } from './production';

export interface ProductionFixtures {
  /** Runs for every test: a CSP violation is a console error, which fails the test. */
  cspGuard: undefined;
  /** The API server's simulator controls (reset, scenario, state). */
  api: ApiSimulator;
  /**
   * Someone else, in a browser of their own (a new context: their own session cookie), signed
   * in through the API's page and opened on `path`. Their console is guarded like the test's.
   */
  anotherPerson: (name: PersonName, path: string) => Promise<Page>;
}

/** The e2e fixtures (page objects, console guard, axe, screens) for the production build. */
export const test = base.extend<ProductionFixtures>({
  cspGuard: [
    async ({ context }, use) => {
      await reportCspViolations(context);
      await use(undefined);
    },
    { auto: true },
  ],

  api: async ({ request }, use) => {
    await use(new ApiSimulator(request));
  },

  anotherPerson: async ({ browser, allowedConsoleErrors }, use, testInfo) => {
    const opened: { context: BrowserContext; log: BrowserErrorLog }[] = [];
    await use(async (name, path) => {
      const { baseURL, locale, timezoneId, viewport } = testInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, timezoneId, viewport });
      opened.push({ context, log: recordBrowserErrors(context) });
      await reportCspViolations(context);
      const page = await context.newPage();
      await openAs(page, name, path);
      return page;
    });
    const unexpected = opened.flatMap(({ log }) => {
      log.stop();
      return log.unexpected(allowedConsoleErrors);
    });
    await Promise.all(opened.map(({ context }) => context.close()));
    if (unexpected.length === 0) return;
    const report = describeBrowserErrors(unexpected);
    await testInfo.attach('other-browser-errors.txt', { body: report, contentType: 'text/plain' });
    if (testInfo.status === 'passed') throw new Error(report);
  },
});

export { expect } from '../fixtures';
