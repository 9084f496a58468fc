import { describe, expect, it } from 'vitest';
import { anyFailed, evaluateFigure, type FigureInput } from './budgets';

const figure = (overrides: Partial<FigureInput>): FigureInput => ({
  id: 'f',
  label: 'f',
  unit: 'ms',
  runs: [100, 120, 110],
  ...overrides,
});

describe('evaluateFigure', () => {
  it('holds an absolute budget to the median, the limit included', () => {
    expect(evaluateFigure(figure({ budget: { kind: 'at-most', limit: 110 } })).result).toBe('PASS');
    expect(evaluateFigure(figure({ budget: { kind: 'at-most', limit: 109 } })).result).toBe('FAIL');
  });

  it('holds a ratio budget to the median of each run’s ratio, not the ratio of medians', () => {
    const result = evaluateFigure(
      figure({
        runs: [100, 300, 110],
        reference: { runs: [100, 100, 200] },
        budget: { kind: 'ratio-at-most', limit: 1 },
      }),
    );
    // Per run: 1.0, 3.0, 0.55 → median 1.0; the medians' ratio would be 110 / 100 = 1.1.
    expect(result.ratio).toBe(1);
    expect(result.median).toBe(110);
    expect(result.referenceMedian).toBe(100);
    expect(result.result).toBe('PASS');
  });

  it('passes a yes/no figure when most runs said yes', () => {
    const yes = evaluateFigure(
      figure({ unit: 'yes/no', runs: [1, 0, 1], budget: { kind: 'yes' } }),
    );
    const no = evaluateFigure(figure({ unit: 'yes/no', runs: [0, 0, 1], budget: { kind: 'yes' } }));
    expect(yes.result).toBe('PASS');
    expect(no.result).toBe('FAIL');
  });

  it('fails a budgeted figure that was never measured, and keeps why', () => {
    const result = evaluateFigure(
      figure({ runs: [null, null], budget: { kind: 'at-most', limit: 50 }, notes: ['no entries'] }),
    );
    expect(result.median).toBeNull();
    expect(result.result).toBe('FAIL');
    expect(result.notes).toEqual(['no entries']);
  });

  it('gives no verdict to a figure without a budget', () => {
    const results = [evaluateFigure(figure({}))];
    expect(results[0]?.result).toBe('NONE');
    expect(anyFailed(results)).toBe(false);
  });
});
