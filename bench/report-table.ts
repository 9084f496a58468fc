import type { Budget, FigureResult, Unit } from './budgets';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const tenth = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const hundredth = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A value in its unit: "812 ms", "199.4 KB", "3.25 MB", "2,134", "yes (4/5)". */
export function formatValue(
  value: number | null,
  unit: Unit,
  runs: readonly (number | null)[] = [],
) {
  if (value === null) return 'not measured';
  switch (unit) {
    case 'ms':
      return `${whole.format(value)} ms`;
    case 'KB':
      return `${tenth.format(value)} KB`;
    // Hundredths: the leak budget is 2 MB, and 1.97 must not print as 2.0.
    case 'MB':
      return `${hundredth.format(value)} MB`;
    case 'count':
    case 'nodes':
      return whole.format(value);
    case 'yes/no': {
      const known = runs.filter((r): r is number => r !== null);
      const yes = known.filter((r) => r >= 0.5).length;
      return `${value >= 0.5 ? 'yes' : 'no'} (${String(yes)}/${String(known.length)})`;
    }
  }
}

function formatBudget(budget: Budget | undefined, unit: Unit, referenceLabel: string): string {
  if (!budget) return '—';
  if (budget.kind === 'yes') return 'yes';
  if (budget.kind === 'ratio-at-most') return `≤ ${tenth.format(budget.limit)}× ${referenceLabel}`;
  const suffix = unit === 'KB' || unit === 'MB' || unit === 'ms' ? ` ${unit}` : '';
  return `≤ ${whole.format(budget.limit)}${suffix}`;
}

function formatReference(figure: FigureResult): string {
  if (!figure.reference) return '—';
  const value = formatValue(figure.referenceMedian, figure.unit, figure.reference.runs);
  return figure.reference.label ? `${value} (${figure.reference.label})` : value;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The bench's one Markdown table: figure | console | floor | ratio | budget | result. */
export function renderTable(results: readonly FigureResult[]): string {
  const header = ['figure', 'console', 'floor', 'ratio', 'budget', 'result'];
  const rows = results.map((f) => [
    f.label,
    formatValue(f.median, f.unit, f.runs),
    formatReference(f),
    f.ratio === null ? '—' : `${hundredth.format(f.ratio)}×`,
    formatBudget(f.budget, f.unit, f.reference?.label ?? 'floor'),
    f.result === 'NONE' ? '—' : f.result,
  ]);
  return [header, header.map(() => '---'), ...rows]
    .map((row) => `| ${row.map(cell).join(' | ')} |`)
    .join('\n');
}

/** Each figure's notes, one line each, for under the table. */
export function renderNotes(results: readonly FigureResult[]): string {
  return results
    .flatMap((f) => [...new Set(f.notes ?? [])].map((note) => `- ${f.label}: ${note}`))
    .join('\n');
}
