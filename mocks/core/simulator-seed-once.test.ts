import type * as DbModule from '../db';

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
});
