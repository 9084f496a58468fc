import type { BenchPage } from '../page-session';
import { probeState } from '../page-session';

export interface SimulatorTasks {
  /**
   * The request the simulator's service worker spent longest on (its `Server-Timing: simulator`
   * duration, slowed as the page is), or null when no answer carried one.
   */
  longest: { name: string; duration: number } | null;
  count: number;
  /** The page's longest long task (0 when none went over 50 ms). */
  longTask: number;
}

/** What the standalone simulator said of each request it answered, and the page's long tasks. */
export async function simulatorTasks(bench: BenchPage): Promise<SimulatorTasks> {
  const measures = await bench.page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).flatMap((entry) =>
      entry.serverTiming
        .filter((timing) => timing.name === 'simulator')
        .map((timing) => ({ name: new URL(entry.name).pathname, duration: timing.duration })),
    ),
  );
  const longest = measures.reduce<SimulatorTasks['longest']>(
    (max, m) => (max === null || m.duration > max.duration ? m : max),
    null,
  );
  const { longTasks } = await probeState(bench.page);
  return {
    longest,
    count: measures.length,
    longTask: Math.max(0, ...longTasks.map((t) => t.duration)),
  };
}
