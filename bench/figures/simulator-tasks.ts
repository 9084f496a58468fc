import type { BenchPage } from '../page-session';
import { probeState } from '../page-session';

export interface SimulatorTasks {
  /** The longest `simulator <METHOD> <path>` measure, or null when the simulator made none. */
  longest: { name: string; duration: number } | null;
  count: number;
  /** The page's longest long task (0 when none went over 50 ms). */
  longTask: number;
}

/** What the standalone simulator recorded for each request it answered, and the long tasks. */
export async function simulatorTasks(bench: BenchPage): Promise<SimulatorTasks> {
  const measures = await bench.page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('simulator '))
      .map((m) => ({ name: m.name, duration: m.duration })),
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
