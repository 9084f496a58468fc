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

/** Fixed "now" of the seed data, so screenshots and tests never drift with the calendar. */
export const SEED_EPOCH = Date.parse('2026-11-02T09:00:00.000Z');

export function seedTime(minutesBefore: number): string {
  return new Date(SEED_EPOCH - minutesBefore * 60_000).toISOString();
}
