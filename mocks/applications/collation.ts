/** How the applications area orders text: "app-9" before "app-10", case and accents ignored. */
export const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Each value's dense rank under `collator` (values it calls equal share a rank), so sorts can
 * compare integers. The distinct values are sorted by code unit (native, no callback) and the
 * collator checks neighbours only: n compares instead of n log n. Where code units and the
 * collator disagree ("app-9" and "app-10", capitals), it sorts them itself.
 */
export function collatorRanks(values: readonly string[]): Int32Array {
  const distinct = [...new Set(values)].sort();
  const rankOf = denseRanks(distinct) ?? denseRanks(distinct.sort(collator.compare));
  const ranks = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) ranks[i] = rankOf?.get(values[i] ?? '') ?? 0;
  return ranks;
}

/** Ranks of distinct values in collator order, or null when `sorted` is not in that order. */
function denseRanks(sorted: readonly string[]): Map<string, number> | null {
  const rankOf = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i] ?? '';
    const step = i === 0 ? 0 : collator.compare(sorted[i - 1] ?? '', value);
    if (step > 0) return null;
    if (step < 0) rank++;
    rankOf.set(value, rank);
  }
  return rankOf;
}
