import { median, runRatios } from './stats';

export type Unit = 'KB' | 'MB' | 'ms' | 'count' | 'nodes' | 'yes/no';

/**
 * What a figure must stay within: its median (`at-most`), the median of its per-run ratio to
 * its reference (`ratio-at-most`), or a yes/no that must be yes in most runs (`yes`).
 */
export type Budget =
  { kind: 'at-most'; limit: number } | { kind: 'ratio-at-most'; limit: number } | { kind: 'yes' };

/** One row of the table as measured: a value per measured run (null = not measured that run). */
export interface FigureInput {
  id: string;
  label: string;
  unit: Unit;
  /** The console's value per run; a yes/no figure holds 1 (yes) or 0 (no). */
  runs: (number | null)[];
  /** What it is compared with, per run: the floor unless `label` names something else. */
  reference?: { label?: string; runs: (number | null)[] };
  budget?: Budget;
  /** Why a run has no value, or anything else worth reading beside the figure. */
  notes?: string[];
}

export type Verdict = 'PASS' | 'FAIL' | 'NONE';

export interface FigureResult extends FigureInput {
  median: number | null;
  referenceMedian: number | null;
  /** The median of each run's ratio (not the ratio of the medians). */
  ratio: number | null;
  result: Verdict;
}

function passes(figure: FigureInput, value: number | null, ratio: number | null): boolean {
  const { budget } = figure;
  if (!budget) return true;
  if (budget.kind === 'yes') return value !== null && value >= 0.5;
  if (budget.kind === 'at-most') return value !== null && value <= budget.limit;
  return ratio !== null && ratio <= budget.limit;
}

/** Medians, ratios and the verdict: a budgeted figure that was never measured fails. */
export function evaluateFigure(figure: FigureInput): FigureResult {
  const value = median(figure.runs);
  const referenceMedian = figure.reference ? median(figure.reference.runs) : null;
  const ratio = figure.reference ? median(runRatios(figure.runs, figure.reference.runs)) : null;
  const result: Verdict = figure.budget ? (passes(figure, value, ratio) ? 'PASS' : 'FAIL') : 'NONE';
  return { ...figure, median: value, referenceMedian, ratio, result };
}

export function anyFailed(results: readonly FigureResult[]): boolean {
  return results.some((r) => r.result === 'FAIL');
}
