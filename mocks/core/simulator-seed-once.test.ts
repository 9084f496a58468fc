import type * as DbModule from '../db';
import type * as TemplateSeed from '../templates/seed';

afterEach(() => {
  vi.doUnmock('../db');
  vi.resetModules();
});

describe('the simulator’s start', () => {
  it('builds the seed once: when attached to storage that holds nothing, not before', async () => {
    vi.resetModules();
    const seeds = vi.fn();
    vi.doMock('../db', async (importOriginal) => {
      const db = await importOriginal<typeof DbModule>();
      return {
        ...db,
        createSeedDb: (...args: Parameters<typeof db.createSeedDb>) => {
          seeds();
          return db.createSeedDb(...args);
        },
      };
    });
    const { simulator } = await import('../simulator');
    expect(seeds).not.toHaveBeenCalled();

    simulator.attach({ load: () => null, save: () => undefined });
    expect(seeds).toHaveBeenCalledTimes(1);
    expect(simulator.db.users.length).toBeGreaterThan(0);
    expect(seeds).toHaveBeenCalledTimes(1);
  });

  it('reads saved state without building the seed again, the platform releases laid as before', async () => {
    const seeded = (await import('../db')).createSeedDb(Date.UTC(2026, 0, 15));
    const saved = JSON.stringify({ version: 4, db: { ...seeded, platformReleases: undefined } });
    vi.resetModules();
    // The costly part of the seed: the template upgrades with their diffs.
    const seeds = vi.fn();
    vi.doMock('../templates/seed', async (importOriginal) => {
      const original = await importOriginal<typeof TemplateSeed>();
      return {
        ...original,
        seedTemplateUpgrades: () => {
          seeds();
          return original.seedTemplateUpgrades();
        },
      };
    });
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
    vi.doUnmock('../templates/seed');
  });
});
