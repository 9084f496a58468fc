/** mulberry32: a tiny deterministic generator, so the same seed always builds the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/**
 * The instant seed dates are laid back from: the simulator's "now" when the seed was built, so
 * the demo always looks current ("updated 3 days ago" stays 3 days ago) and a test that fixes the
 * clock gets the same dates every time.
 */
let seedNow = Date.now();

/** Builds seed data with every `seedTime` counted back from `now`. */
export function laidAt<T>(now: number, build: () => T): T {
  const previous = seedNow;
  seedNow = now;
  try {
    return build();
  } finally {
    seedNow = previous;
  }
}

export function seedTime(minutesBefore: number): string {
  return new Date(seedNow - minutesBefore * 60_000).toISOString();
}
