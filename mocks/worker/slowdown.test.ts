import type { MockInstance } from 'vitest';
import { makeUpFor, slowed, slowedNow } from './slowdown';

/** A processor's clock that moves 1 ms each time it is read, and as far as the work says. */
let clock = 0;
let reading: MockInstance<typeof performance.now>;
beforeEach(() => {
  clock = 0;
  reading = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
});
afterEach(() => reading.mockRestore());

const work = (ms: number) => {
  clock += ms;
};

async function timeOf(run: () => unknown) {
  const start = clock;
  await run();
  return clock - start;
}

describe('making up for a slower processor', () => {
  it('adds no time at a factor of 1 or below, or without a factor', async () => {
    expect(await timeOf(() => makeUpFor(1, 10))).toBe(0);
    expect(await timeOf(() => makeUpFor(0.5, 10))).toBe(0);
    expect(await timeOf(() => makeUpFor(0, 10))).toBe(0);
    expect(await timeOf(() => makeUpFor(Number.NaN, 10))).toBe(0);
  });

  it('stays busy (factor − 1) times as long as the work took, and no longer', async () => {
    const at4 = await timeOf(() => makeUpFor(4, 10));
    expect(at4).toBeGreaterThanOrEqual(30);
    expect(at4).toBeLessThan(35);
    const at1point5 = await timeOf(() => makeUpFor(1.5, 10));
    expect(at1point5).toBeGreaterThanOrEqual(5);
    expect(at1point5).toBeLessThan(10);
  });
});

describe('synchronous work, slowed', () => {
  it('gives the work’s answer', () => {
    expect(slowedNow(4, () => 'done')).toBe('done');
  });

  it('takes no longer than the work at a factor of 1', async () => {
    expect(await timeOf(() => slowedNow(1, () => work(10)))).toBeLessThan(15);
  });

  it('takes (factor − 1) times as long again at a higher factor', async () => {
    expect(await timeOf(() => slowedNow(4, () => work(10)))).toBeGreaterThanOrEqual(40);
  });

  it('makes up for work that throws, then throws its error', () => {
    const start = clock;
    expect(() =>
      slowedNow(4, () => {
        work(10);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(clock - start).toBeGreaterThanOrEqual(40);
  });
});

describe('work that may be asynchronous, slowed', () => {
  it('gives the work’s answer, sync or async', async () => {
    expect(await slowed(4, () => 'sync')).toBe('sync');
    expect(await slowed(4, () => Promise.resolve('async'))).toBe('async');
  });

  it('takes no longer than the work at a factor of 1', async () => {
    expect(await timeOf(() => slowed(1, () => work(10)))).toBeLessThan(15);
  });

  it('makes up once the asynchronous work has finished, for all of its time', async () => {
    const time = await timeOf(() =>
      slowed(4, async () => {
        work(5);
        await Promise.resolve();
        work(5);
      }),
    );
    expect(time).toBeGreaterThanOrEqual(40);
  });

  it('makes up for work that rejects, then rejects with its error', async () => {
    const start = clock;
    await expect(
      slowed(4, async () => {
        work(10);
        await Promise.resolve();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(clock - start).toBeGreaterThanOrEqual(40);
  });
});
