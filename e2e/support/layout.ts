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

/**
 * Back to the 1280 px desktop after a phone's screens, once the app has laid itself out for it:
 * the app switches layouts when it hears of the media query's change, a frame after the resize,
 * and a click sent before that lands on the phone layout being replaced. The desktop's main
 * navigation is drawn beside the page (an open dialog hides it from the accessibility tree only).
 */
export async function backToDesktop(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('navigation', { name: 'Main', includeHidden: true })).toBeVisible();
}
