/** The middle value (mean of the two middle ones for an even count); null when there is none. */
export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return null;
  const sorted = [...known].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** `value / reference`, or null when either is unknown or the reference is not positive. */
export function ratio(value: number | null, reference: number | null): number | null {
  if (value === null || reference === null || reference <= 0) return null;
  return value / reference;
}

/** Each run's ratio: runs are interleaved, so a run's console and floor saw the same machine. */
export function runRatios(
  values: readonly (number | null)[],
  references: readonly (number | null)[],
): (number | null)[] {
  return values.map((value, i) => ratio(value, references[i] ?? null));
}
