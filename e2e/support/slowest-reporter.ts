import { relative } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Timing {
  title: string;
  where: string;
  /** The longest attempt, in milliseconds (a retried test counts its slowest run). */
  duration: number;
  attempts: number;
}

export interface SlowestReporterOptions {
  /** How many tests to list (10). */
  count?: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/**
 * Prints the slowest tests after the run: title, file:line and duration, slowest first, so
 * the e2e budget is spent where it shows. Next to the other reporters; it changes nothing else.
 */
export default class SlowestReporter implements Reporter {
  private readonly count: number;
  private readonly timings = new Map<string, Timing>();

  constructor(options: SlowestReporterOptions = {}) {
    this.count = options.count ?? 10;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    // titlePath: root, project, file, describes…, title.
    const title = test.titlePath().slice(3).join(' › ');
    const where = `${relative(process.cwd(), test.location.file)}:${String(test.location.line)}`;
    const known = this.timings.get(test.id);
    this.timings.set(test.id, {
      title,
      where,
      duration: Math.max(known?.duration ?? 0, result.duration),
      attempts: (known?.attempts ?? 0) + 1,
    });
  }

  onEnd(result: FullResult): void {
    const slowest = [...this.timings.values()]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, this.count);
    if (slowest.length === 0) return;
    const lines = slowest.map((t, i) => {
      const rank = `${String(i + 1)}.`.padStart(4);
      const retried = t.attempts > 1 ? ` (slowest of ${String(t.attempts)} attempts)` : '';
      return `${rank} ${seconds(t.duration).padStart(7)}  ${t.title}${retried}\n${' '.repeat(14)}${t.where}`;
    });
    console.log(
      [
        '',
        `Slowest ${String(slowest.length)} tests (run took ${seconds(result.duration)}):`,
        ...lines,
      ].join('\n'),
    );
  }

  printsToStdio(): boolean {
    return true;
  }
}
