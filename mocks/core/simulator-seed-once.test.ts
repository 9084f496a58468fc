import type { Db } from '../db';

/** Mocks `name` of the module at `path` (relative to this file) to count its calls. */
function countCalls(path: string, name: string) {
  const calls = vi.fn();
  vi.doMock(path, async (importOriginal) => {
    const original = await importOriginal<Record<string, (...args: unknown[]) => unknown>>();
    const counted = (...args: unknown[]) => {
      calls();
      return original[name]?.(...args);
    };
    return { ...original, [name]: counted };
  });
  return calls;
}

afterEach(() => {
  vi.doUnmock('../db');
  vi.doUnmock('../templates/seed');
  vi.resetModules();
});

describe('the simulator’s start', () => {
  it('builds the seed once: when attached to storage that holds nothing, not before', async () => {
    vi.resetModules();
    const seeds = countCalls('../db', 'createSeedDb');
    const { simulator } = await import('../simulator');
    expect(seeds).not.toHaveBeenCalled();

    simulator.attach({ load: () => null, save: () => undefined });
    expect(seeds).toHaveBeenCalledTimes(1);
    expect(simulator.db.users.length).toBeGreaterThan(0);
    expect(seeds).toHaveBeenCalledTimes(1);
  });

  it('reads saved state without building the seed again, the platform releases laid as before', async () => {
    // What the simulator itself saves, from a seed laid at a fixed instant.
    const first = await import('../simulator');
    const seeded: Db = (await import('../db')).createSeedDb(Date.UTC(2026, 0, 15));
    let saved = '';
    first.simulator.attach({ load: () => null, save: (text) => (saved = text) });
    first.simulator.db = structuredClone(seeded);
    first.simulator.persist();

    vi.resetModules();
    // The costly part of the seed: the template upgrades with their diffs.
    const seeds = countCalls('../templates/seed', 'seedTemplateUpgrades');
    const { simulator } = await import('../simulator');
    simulator.attach({ load: () => saved, save: () => undefined });
    expect(seeds).not.toHaveBeenCalled();
    expect(simulator.db).toEqual(seeded);

    // State an older simulator saved, before it had stagings: the seed tops it up.
    const older = JSON.parse(saved) as { db: Record<string, unknown> };
    delete older.db.stagings;
    simulator.attach({ load: () => JSON.stringify(older), save: () => undefined });
    expect(seeds).toHaveBeenCalledTimes(1);
    expect(simulator.db.stagings).toEqual([]);
    expect(simulator.db.platformReleases).toEqual(seeded.platformReleases);
  });
});
