import type { Budget, FigureInput, Unit } from './budgets';

/** Every value the bench takes, by name: `<where>.<page>.<what>`. */
export const metrics = [
  'prod.list.ready',
  'prod.list.js',
  'prod.list.scripts',
  'floor.list.ready',
  'floor.list.fcp',
  'floor.list.js',
  'floor.list.scripts',
  'standalone.list.ready',
  'prod.diff.shell',
  'prod.diff.shellBeforeData',
  'prod.diff.firstChange',
  'prod.large.ready',
  'prod.large.inp',
  'prod.large.count',
  'prod.large.heap',
  'prod.large.dom',
  'floor.large.ready',
  'floor.large.inp',
  'floor.large.count',
  'floor.large.heap',
  'floor.large.dom',
  'standalone.large.ready',
  'standalone.large.inp',
  'standalone.large.count',
  'standalone.large.heap',
  'standalone.large.dom',
  'standalone.large.simulator',
  'standalone.large.longTask',
  'node.diffTemplate',
  'leak.growth',
] as const;
export type Metric = (typeof metrics)[number];

/**
 * One run's values (null: not measured), the notes saying why one is missing or off, and what
 * else is worth keeping in the results file (script URLs, the longest simulator request…).
 */
export interface RunValues {
  values: Partial<Record<Metric, number | null>>;
  notes: Partial<Record<Metric, string[]>>;
  details: Record<string, unknown>;
}

export function emptyRun(): RunValues {
  return { values: {}, notes: {}, details: {} };
}

/** Marks the metrics as not measured this run, with the reason. */
export function failMetrics(run: RunValues, ids: readonly Metric[], note: string): void {
  for (const id of ids) {
    run.values[id] = null;
    (run.notes[id] ??= []).push(note);
  }
}

export interface FigureDef {
  id: string;
  label: string;
  unit: Unit;
  metric: Metric;
  /** Compared with: the floor's metric, or another of the console's when `label` names it. */
  reference?: { metric: Metric; label?: string };
  budget?: Budget;
}

/** The table's rows from the measured runs and the values taken once (node timing, leak check). */
export function figuresFrom(
  defs: readonly FigureDef[],
  runs: readonly RunValues[],
  once: RunValues,
): FigureInput[] {
  const series = (metric: Metric) =>
    metric in once.values
      ? [once.values[metric] ?? null]
      : runs.map((r) => r.values[metric] ?? null);
  const notesOf = (metric: Metric) => [
    ...(once.notes[metric] ?? []),
    ...runs.flatMap((r) => r.notes[metric] ?? []),
  ];
  return defs.map((def) => {
    const notes = [
      ...new Set([...notesOf(def.metric), ...(def.reference ? notesOf(def.reference.metric) : [])]),
    ];
    return {
      id: def.id,
      label: def.label,
      unit: def.unit,
      runs: series(def.metric),
      ...(def.reference && {
        reference: { label: def.reference.label, runs: series(def.reference.metric) },
      }),
      ...(def.budget && { budget: def.budget }),
      ...(notes.length > 0 && { notes }),
    };
  });
}
