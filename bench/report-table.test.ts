import { describe, expect, it } from 'vitest';
import { evaluateFigure } from './budgets';
import { formatValue, renderNotes, renderTable } from './report-table';

describe('renderTable', () => {
  it('prints one row per figure with console, floor, ratio, budget and result', () => {
    const table = renderTable([
      evaluateFigure({
        id: 'js',
        label: 'first-screen JS gzip',
        unit: 'KB',
        runs: [255.44],
        reference: { runs: [199.02] },
        budget: { kind: 'at-most', limit: 200 },
      }),
      evaluateFigure({
        id: 'large',
        label: '10k list ready',
        unit: 'ms',
        runs: [900],
        reference: { label: '18-row list', runs: [600] },
        budget: { kind: 'ratio-at-most', limit: 1.2 },
      }),
      evaluateFigure({
        id: 'shell',
        label: 'shell before data',
        unit: 'yes/no',
        runs: [1, 1, 0],
        budget: { kind: 'yes' },
      }),
      evaluateFigure({ id: 'n', label: 'script requests', unit: 'count', runs: [48] }),
    ]);
    expect(table.split('\n')).toEqual([
      '| figure | console | floor | ratio | budget | result |',
      '| --- | --- | --- | --- | --- | --- |',
      '| first-screen JS gzip | 255.4 KB | 199.0 KB | 1.28× | ≤ 200 KB | FAIL |',
      '| 10k list ready | 900 ms | 600 ms (18-row list) | 1.50× | ≤ 1.2× 18-row list | FAIL |',
      '| shell before data | yes (2/3) | — | — | yes | PASS |',
      '| script requests | 48 | — | — | — | — |',
    ]);
  });

  it('says when a figure was not measured, and lists the notes', () => {
    const result = evaluateFigure({
      id: 'sim',
      label: 'simulator task',
      unit: 'ms',
      runs: [null],
      budget: { kind: 'at-most', limit: 50 },
      notes: ['no simulator measures', 'no simulator measures'],
    });
    expect(renderTable([result])).toContain(
      '| simulator task | not measured | — | — | ≤ 50 ms | FAIL |',
    );
    expect(renderNotes([result])).toBe('- simulator task: no simulator measures');
  });

  it('formats each unit', () => {
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(1.966, 'MB')).toBe('1.97 MB');
    expect(formatValue(2134, 'nodes')).toBe('2,134');
  });
});
