import type { TestInfo } from '@playwright/test';
import { expect, test } from '../fixtures';
import { FIRST_LARGE_LOAD, WIDE } from '../support/seeded-applications';
import {
  prefixes,
  startTypingRecorder,
  stopTypingRecorder,
  summarise,
} from '../support/typing-recorder';

test.describe('applications list', () => {
  // Wide enough for every column: narrower tables hide "Deployed via" and "Updated" (columns.tsx).
  test.use({ viewport: WIDE });

  test('search narrows the list once typing pauses, and puts q in the URL', async ({
    applicationsList: list,
  }) => {
    await list.goto();
    await expect(list.rows).toHaveCount(18);

    await list.search.pressSequentially('invoice', { delay: 20 });
    await expect(list.search).toHaveValue('invoice');
    await list.expectQuery({ q: 'invoice' });
    await expect(list.resultCount).toHaveText('3 applications');
    await expect
      .poll(() => list.names())
      .toEqual(['invoice-approvals', 'invoice-approvals-eu', 'invoice-approvals-helm']);

    // Enter applies at once; the search matches anywhere in the name.
    await list.searchAndSubmit('review');
    await list.expectQuery({ q: 'review' });
    await expect.poll(() => list.names()).toEqual(['contract-review', 'contract-review-legal']);
  });
});

test.describe('applications list with 10,018 rows', () => {
  test('typing in the search box stays responsive: no dropped or lagging characters', async ({
    page,
    applicationsList: list,
    simulator,
  }, testInfo: TestInfo) => {
    await simulator.bootSimulator({ largeDataset: true });
    await list.goto();
    await expect(list.resultCount).toHaveText('1–25 of 10,018 applications', FIRST_LARGE_LOAD);

    const measurements = [];

    // 1. A fast typist: 30 ms between keys, faster than the 250 ms pause that applies the search.
    const fast = 'claims-north-eu';
    await list.search.click();
    await startTypingRecorder(page);
    await list.search.pressSequentially(fast, { delay: 30 });
    expect(await list.search.inputValue(), 'the value right after the last key').toBe(fast);
    await expect(list.resultCount).toHaveText('22 applications');
    let record = await stopTypingRecorder(page);
    measurements.push(summarise('fast typing, 30 ms per key', fast, 30, record));
    expect(record.valueAtKeydown, 'each key found the previous ones already in the box').toEqual(
      prefixes(fast).slice(0, -1),
    );
    expect(record.valueAfterInput, 'every key landed, in order').toEqual(prefixes(fast).slice(1));
    await list.expectQuery({ q: fast });
    await expect(list.rows).toHaveCount(22);
    for (const name of await list.names()) expect(name).toContain(fast);

    // 2. A slow typist: each pause applies the search, so fetching and rendering 10,018 rows'
    //    worth of filtering overlaps the next keys.
    const slow = 'kyc-pilot-jp';
    await list.search.clear();
    await startTypingRecorder(page);
    await list.search.pressSequentially(slow, { delay: 280 });
    expect(await list.search.inputValue(), 'the value right after the last key').toBe(slow);
    await expect(list.resultCount).toHaveText('15 applications');
    record = await stopTypingRecorder(page);
    measurements.push(summarise('slow typing, 280 ms per key', slow, 280, record));
    expect(record.valueAtKeydown).toEqual(prefixes(slow).slice(0, -1));
    expect(record.valueAfterInput).toEqual(prefixes(slow).slice(1));
    await list.expectQuery({ q: slow });
    await expect(list.rows).toHaveCount(15);
    for (const name of await list.names()) expect(name).toContain(slow);

    // Reported, not asserted: budgets belong to a benchmark on known hardware.
    await testInfo.attach('search-typing-long-tasks.json', {
      body: JSON.stringify(measurements, null, 2),
      contentType: 'application/json',
    });
    for (const m of measurements) {
      testInfo.annotations.push({
        type: 'long tasks',
        description: `${m.label}: ${String(m.longTasks.count)} long task(s), total ${String(m.longTasks.totalMs)} ms, max ${String(m.longTasks.maxMs)} ms over ${String(m.windowMs)} ms; slowest event ${String(m.slowEvents.maxDurationMs)} ms`,
      });
    }
  });
});
