import type { Browser } from 'playwright';
import type { Metric, RunValues } from './figure-defs';
import { failMetrics } from './figure-defs';
import { openPage, type BenchPage, type PageSetup } from './page-session';
import { SetupError } from './processes';

/** What one page gives: values, notes on them, and details for the results file. */
export interface Measured {
  values: Partial<Record<Metric, number>>;
  notes?: Partial<Record<Metric, string[]>>;
  details?: Record<string, unknown>;
}

export interface Step {
  name: string;
  setup: PageSetup;
  /** The metrics the step fills: marked not measured, with the reason, when it throws. */
  metrics: readonly Metric[];
  measure: (bench: BenchPage) => Promise<Measured>;
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** The value, or the error it failed with: one part of a page failing keeps the others. */
export async function settled<T>(work: Promise<T>): Promise<T | Error> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof SetupError) throw error;
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * One page in a fresh context. A failure marks the step's metrics not measured and the run goes
 * on; only a SetupError (a server is gone) stops the bench.
 */
export async function runStep(run: RunValues, browser: Browser, step: Step): Promise<void> {
  const started = performance.now();
  const bench = await openPage(browser, step.setup);
  try {
    const { values, notes = {}, details = {} } = await step.measure(bench);
    for (const [id, list] of Object.entries(notes) as [Metric, string[]][]) {
      if (list.length > 0) (run.notes[id] ??= []).push(...list.map((n) => `${step.name}: ${n}`));
    }
    for (const id of step.metrics) {
      run.values[id] = values[id] ?? null;
      if (run.values[id] === null && !run.notes[id]?.length) {
        (run.notes[id] ??= []).push(`${step.name}: not measured`);
      }
    }
    Object.assign(run.details, details);
  } catch (error) {
    if (error instanceof SetupError) throw error;
    failMetrics(run, step.metrics, `${step.name}: ${firstLine(error)}`);
  } finally {
    await bench.close();
    const seconds = (run.details.stepSeconds ??= {}) as Record<string, number>;
    seconds[step.name] = Math.round((performance.now() - started) / 100) / 10;
  }
}
