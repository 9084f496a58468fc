import type { Page } from '@playwright/test';

/**
 * Resolves once no finite CSS animation or transition is running (menus fading, toasts
 * arriving, colours easing after a state change), so an axe scan or screenshot sees the settled
 * page. Endless ones (skeleton pulse, progress bars) are left out: they never settle.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  );
}
