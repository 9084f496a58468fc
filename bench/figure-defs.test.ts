import { describe, expect, it } from 'vitest';
import { emptyRun, failMetrics, figuresFrom, type FigureDef, type RunValues } from './figure-defs';

const run = (values: RunValues['values'], notes: RunValues['notes'] = {}): RunValues => ({
  ...emptyRun(),
  values,
  notes,
});

const defs: FigureDef[] = [
  {
    id: 'ready',
    label: 'ready',
    unit: 'ms',
    metric: 'prod.list.ready',
    reference: { metric: 'floor.list.ready' },
    budget: { kind: 'ratio-at-most', limit: 1 },
  },
  { id: 'diff', label: 'diff', unit: 'ms', metric: 'node.diffTemplate' },
];

describe('figuresFrom', () => {
  it('takes each run’s value, and the reference’s from the same runs', () => {
    const runs = [
      run({ 'prod.list.ready': 500, 'floor.list.ready': 400 }),
      run({ 'prod.list.ready': 600 }),
    ];
    const [ready] = figuresFrom(defs, runs, emptyRun());
    expect(ready).toMatchObject({
      runs: [500, 600],
      reference: { label: undefined, runs: [400, null] },
      budget: { kind: 'ratio-at-most', limit: 1 },
    });
  });

  it('gives a value measured once as a single run', () => {
    const once = run({ 'node.diffTemplate': 12 });
    const [, diff] = figuresFrom(defs, [run({}), run({})], once);
    expect(diff?.runs).toEqual([12]);
  });

  it('keeps every distinct note of the figure and of its reference', () => {
    const first = emptyRun();
    const second = emptyRun();
    failMetrics(first, ['floor.list.ready'], 'firstRow not painted within 30 s');
    failMetrics(second, ['floor.list.ready'], 'firstRow not painted within 30 s');
    failMetrics(second, ['prod.list.ready'], 'the page broke');
    const [ready] = figuresFrom(defs, [first, second], emptyRun());
    expect(ready?.runs).toEqual([null, null]);
    expect(ready?.notes).toEqual(['the page broke', 'firstRow not painted within 30 s']);
  });
});
