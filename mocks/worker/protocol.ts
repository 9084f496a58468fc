/** What the standalone console's pages and its simulator's service worker say to each other. */

/** The page's `Date.now()` on each API request: tests fix the page's clock (start.js sets it). */
export const CLOCK_HEADER = 'X-Simulator-Clock';

/** What a test or QA preset for the page: an id and the preset (start.js sets it). */
export const BOOT_HEADER = 'X-Simulator-Boot';

/** The worker tells every page of the site, on this BroadcastChannel, what changed. */
export const SIMULATOR_CHANNEL = 'upshift-simulator';

export interface SimulatorMessage {
  saveState: 'saved' | 'failed';
}
