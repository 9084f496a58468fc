import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, showsBrowser, testChromiumArgs } from './e2e/support/chromium';
import { mayRunProject, productionServers } from './e2e/support/production-servers';

/** Overridable so two runs can share a machine without sharing a server. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUTPUT_DIR = process.env.E2E_OUTPUT_DIR ?? 'test-results';
/** The e2e build to serve (`vite build --mode e2e --outDir <dir>`). */
const DIST = process.env.E2E_DIST ?? 'dist-e2e';
/** The production project: the build (`npm run build:app`), its server and the API behind it. */
const PRODUCTION = {
  preview: Number(process.env.E2E_PRODUCTION_PORT ?? 4174),
  api: Number(process.env.E2E_API_PORT ?? 8788),
  dist: process.env.E2E_PRODUCTION_DIST ?? 'dist',
  outputDir: OUTPUT_DIR,
};

const isCI = Boolean(process.env.CI);

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumExecutable({ headlessShell: !showsBrowser() }),
    args: testChromiumArgs,
  },
};

export default defineConfig({
  testDir: 'e2e/specs',
  // Cleared at the start of every run, so test-results/screens/ holds only this run's screens.
  outputDir: OUTPUT_DIR,
  fullyParallel: true,
  forbidOnly: isCI,
  workers: 2,
  retries: isCI ? 1 : 0,
  // Every test's limit, long journeys included. Two busy workers on a two-core machine ran some
  // 30-40 s journeys past 30 s; the limit catches a hang, it measures nothing.
  timeout: 60_000,
  // A full load of the standalone console (a fresh context registers the simulator's worker) took
  // over 5 s now and then on a two-core machine with both workers busy; 10 s is still well under a
  // test's own timeout, and a passing check never waits for it.
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: `${OUTPUT_DIR}-report` }],
    // Prints the 10 slowest tests after the run.
    ['./e2e/support/slowest-reporter.ts', { count: 10 }],
  ],
  use: {
    baseURL: `http://localhost:${String(PORT)}`,
    // Recording a trace of every test costs about a third of the run's CPU; a failure on CI is
    // retried once, with the trace (`--trace on` records one locally).
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    // Zone and locale are inputs, not whatever the machine has (specs that assert dates also fix
    // the page clock: e2e/support/clock.ts).
    timezoneId: 'UTC',
    locale: 'en-US',
  },
  projects: [
    { name: 'chromium', use: chromium },
    {
      // The deployable bundle (no simulator inside) under its CSP, against `npm run api`.
      name: 'production',
      testDir: 'e2e/specs-production',
      use: { ...chromium, baseURL: `http://127.0.0.1:${String(PRODUCTION.preview)}` },
    },
  ],
  // Each project's servers start only when the run may include it (`--project`, file filters).
  webServer: [
    ...(mayRunProject(process.argv, 'chromium')
      ? [
          {
            // The build comes first: `npm run build:e2e` (test:e2e runs it).
            command: `npx vite preview --mode e2e --outDir ${DIST} --port ${String(PORT)} --strictPort`,
            url: `http://localhost:${String(PORT)}`,
            reuseExistingServer: !isCI,
            timeout: 30_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(mayRunProject(process.argv, 'production') ? productionServers(PRODUCTION) : []),
  ],
});
