import { test as base, expect } from '@playwright/test';
import { ApplicationDetailPage } from './pages/application-detail.page';
import { ApplicationsListPage } from './pages/applications-list.page';
import { InboxPage } from './pages/inbox.page';
import { ManageAccessPage } from './pages/manage-access.page';
import { MyApplicationsPage } from './pages/my-applications.page';
import { ReadinessCheckPage } from './pages/readiness-check.page';
import { SelfHostedAppPage } from './pages/self-hosted-app.page';
import { SelfHostedVersionsPage } from './pages/self-hosted-versions.page';
import { ShellPage } from './pages/shell.page';
import { TemplatesPage } from './pages/templates.page';
import { InstalledPage } from './pages/installed.page';
import { TemplateRollbackPage } from './pages/template-rollback.page';
import { TemplateDiffPage } from './pages/template-diff.page';
import { UpgradeWizardPage } from './pages/upgrade-wizard.page';
import { ServerUpgradePage } from './pages/server-upgrade.page';
import { ServerPage } from './pages/servers.page';
import { ServersListPage } from './pages/servers-list.page';
import { createCheckA11y, type CheckA11y } from './support/a11y';
import { describeBrowserErrors, recordBrowserErrors } from './support/console-guard';
import { createShot, type Shot } from './support/shot';
import { SimulatorControl } from './support/simulator';

export interface UpshiftOptions {
  /**
   * Browser console errors this test provokes on purpose, e.g. a simulated 500 makes Chromium
   * log "Failed to load resource: the server responded with a status of 500".
   * `test.use({ allowedConsoleErrors: [/status of 500/] })`. Give ONE pattern (alternation for
   * several, `/a|b/`): Playwright reads a two-element array as a [value, options] pair.
   */
  allowedConsoleErrors: RegExp[];
  /**
   * Simulated milliseconds per real millisecond for the simulator's operations, preset before
   * the app loads: `test.use({ operationSpeed: 20 })`. Unset, operations run in real time.
   */
  operationSpeed: number | undefined;
}

export interface UpshiftFixtures {
  /** Runs for every test: fails it on any console.error or uncaught exception in the browser. */
  browserErrorGuard: undefined;
  /** Runs for every test: presets the `operationSpeed` option, when given. */
  presetOperationSpeed: undefined;
  /** `await checkA11y(page, { name })`: axe scan, WCAG 2.2 AA, fails on any violation. */
  checkA11y: CheckA11y;
  /** `await shot('applications list')`: full-page screenshot, attached and saved to test-results/screens/. */
  shot: Shot;
  /** The standalone simulator: `bootSimulator()` before the first goto, the rest after. */
  simulator: SimulatorControl;
  shell: ShellPage;
  applicationsList: ApplicationsListPage;
  /** The read-only application detail page and its tabs. */
  applicationDetail: ApplicationDetailPage;
  /** The "Upgrade readiness" dialog over the list. */
  readinessCheck: ReadinessCheckPage;
  /** The upgrade wizard: /applications/<id>/upgrade/<step>. */
  upgradeWizard: UpgradeWizardPage;
  /** The Manage access dialog over the Access tab: /applications/<id>/access/manage. */
  manageAccess: ManageAccessPage;
  /** The Inbox (/inbox, /inbox/archived) and the app bar's Inbox button. */
  inbox: InboxPage;
  /** My Applications: /my-applications. */
  myApplications: MyApplicationsPage;
  /** A self-hosted application's page: header, live state, Tenants, Settings, History. */
  selfHostedApp: SelfHostedAppPage;
  /** A self-hosted application's Versions tab and its dialogs: /my-applications/<id>[/versions/…]. */
  selfHostedVersions: SelfHostedVersionsPage;
  /** Templates: /templates, /templates/<id> and its publish dialog …/publish. */
  templates: TemplatesPage;
  /** Installed applications: the list, upgrade management …/<id>, records …/upgrades/<upgradeId>. */
  installed: InstalledPage;
  /** The rollback of an upgrade: /installed-applications/<id>/upgrades/<upgradeId>/rollback. */
  templateRollback: TemplateRollbackPage;
  /** The diff view on version differences (/templates/<id>/diff) and upgrade details (…/upgrade). */
  templateDiff: TemplateDiffPage;
  /** A server's upgrade plan, runbook and downtime dialog: /servers/<id>/upgrade[/downtime]. */
  serverUpgrade: ServerUpgradePage;
  /** Servers: /servers. */
  serversList: ServersListPage;
  /** A server's page (installation, Upgrades, History) and its upgrade records. */
  server: ServerPage;
}

export const test = base.extend<UpshiftFixtures & UpshiftOptions>({
  allowedConsoleErrors: [[], { option: true }],
  operationSpeed: [undefined, { option: true }],

  browserErrorGuard: [
    async ({ context, allowedConsoleErrors }, use, testInfo) => {
      const log = recordBrowserErrors(context);
      await use(undefined);
      log.stop();
      const unexpected = log.unexpected(allowedConsoleErrors);
      if (unexpected.length === 0) return;
      const report = describeBrowserErrors(unexpected);
      await testInfo.attach('browser-errors.txt', { body: report, contentType: 'text/plain' });
      // A test that already failed keeps its own error; the browser's errors are attached to it.
      if (testInfo.status === 'passed') throw new Error(report);
    },
    { auto: true },
  ],

  presetOperationSpeed: [
    async ({ operationSpeed, simulator }, use) => {
      if (operationSpeed !== undefined)
        await simulator.bootSimulator({ scenario: { operationSpeed } });
      await use(undefined);
    },
    { auto: true },
  ],

  // Playwright reads fixture dependencies from the destructuring pattern, so it must be there.
  // eslint-disable-next-line no-empty-pattern
  checkA11y: async ({}, use, testInfo) => {
    await use(createCheckA11y(testInfo));
  },

  shot: async ({ page }, use, testInfo) => {
    await use(createShot(page, testInfo));
  },

  simulator: async ({ page }, use) => {
    await use(new SimulatorControl(page));
  },

  shell: async ({ page }, use) => {
    await use(new ShellPage(page));
  },

  applicationsList: async ({ page }, use) => {
    await use(new ApplicationsListPage(page));
  },

  applicationDetail: async ({ page }, use) => {
    await use(new ApplicationDetailPage(page));
  },

  readinessCheck: async ({ page }, use) => {
    await use(new ReadinessCheckPage(page));
  },

  upgradeWizard: async ({ page }, use) => {
    await use(new UpgradeWizardPage(page));
  },

  manageAccess: async ({ page }, use) => {
    await use(new ManageAccessPage(page));
  },

  inbox: async ({ page }, use) => {
    await use(new InboxPage(page));
  },

  myApplications: async ({ page }, use) => {
    await use(new MyApplicationsPage(page));
  },

  selfHostedApp: async ({ page }, use) => {
    await use(new SelfHostedAppPage(page));
  },

  selfHostedVersions: async ({ page }, use) => {
    await use(new SelfHostedVersionsPage(page));
  },

  templates: async ({ page }, use) => {
    await use(new TemplatesPage(page));
  },

  installed: async ({ page }, use) => {
    await use(new InstalledPage(page));
  },

  templateRollback: async ({ page }, use) => {
    await use(new TemplateRollbackPage(page));
  },

  templateDiff: async ({ page }, use) => {
    await use(new TemplateDiffPage(page));
  },

  serverUpgrade: async ({ page }, use) => {
    await use(new ServerUpgradePage(page));
  },

  serversList: async ({ page }, use) => {
    await use(new ServersListPage(page));
  },

  server: async ({ page }, use) => {
    await use(new ServerPage(page));
  },
});

export { expect };
export {
  personas,
  type PersonaId,
  type SimulatorBoot,
  type ScenarioPatch,
} from './support/simulator';
