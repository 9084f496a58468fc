import { expect, type Page } from '@playwright/test';

/**
 * The page does not scroll sideways: long text wraps instead of widening the layout. Polled, so
 * a layout still switching after a viewport change (a table giving way to cards) is measured
 * once it has settled; one that stays too wide fails.
 */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      { message: `${where} is wider than the window (by this many pixels)` },
    )
    .toBeLessThanOrEqual(0);
}
