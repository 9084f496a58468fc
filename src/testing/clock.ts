/**
 * The instant every unit test starts at. Time is an input: tests never read today's date, so
 * the suite gives the same answers on any day (see setup.ts). Time still flows from here, so
 * operations on the simulator's clock advance as they would in the browser.
 */
export const TEST_NOW = Date.parse('2026-11-02T09:00:00.000Z');

/** The zone and locale the suite formats in, whatever the machine's (see vite.config.ts). */
export const TEST_TIME_ZONE = 'UTC';

/**
 * The suite's clock (setup.ts): only Date is faked, so timers stay real and Testing Library's
 * waitFor and polling work as usual. A test that fakes timers too puts this back after itself.
 */
export const TEST_CLOCK = {
  toFake: ['Date'],
  now: TEST_NOW,
  shouldAdvanceTime: true,
  advanceTimeDelta: 5,
} satisfies Parameters<typeof vi.useFakeTimers>[0];
