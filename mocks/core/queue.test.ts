import { describe, expect, it } from 'vitest';
import { serialQueue } from './queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('serialQueue', () => {
  it('runs one piece of work at a time, in the order asked, past a failure', async () => {
    const exclusive = serialQueue();
    const events: string[] = [];
    const work = (name: string, fail = false) =>
      exclusive(async () => {
        events.push(`${name} starts`);
        await tick();
        events.push(`${name} ends`);
        if (fail) throw new Error(name);
        return name;
      });

    const results = await Promise.allSettled([work('a'), work('b', true), work('c')]);

    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
