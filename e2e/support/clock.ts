import type { Page } from '@playwright/test';

/** The instant specs that read dates start at: the page and its simulator share the page clock. */
export const E2E_NOW = new Date('2026-11-02T09:00:00.000Z');

/**
 * Fixes the page clock (time then flows from E2E_NOW) before the first navigation, so what a spec
 * asserts about dates never depends on the day it runs. The zone is UTC (playwright.config.ts).
 */
export async function fixClock(page: Page, at: Date = E2E_NOW): Promise<void> {
  await page.clock.install({ time: at });
}
