import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { server } from '@mocks/node';
import { createSeedDb, type Db } from '@mocks/db';
import { simulator } from '@mocks/simulator';
import { resetAfterContent } from '@/lib/after-content';
import { queryClient } from '@/lib/query-client';
import { TEST_CLOCK, TEST_NOW } from './clock';

vi.useFakeTimers(TEST_CLOCK);

/**
 * The seed laid back from TEST_NOW, built once per worker: every test starts from a copy of it,
 * default scenario and all (a copy takes under 1 ms, a build about 7).
 */
let pristine: Db | undefined;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // Every test starts at the same instant, and the seed is laid back from it.
  vi.setSystemTime(TEST_NOW);
  simulator.now = () => Date.now();
  pristine ??= createSeedDb(TEST_NOW);
  simulator.db = structuredClone(pristine);
  simulator.persist();
});
afterEach(() => {
  cleanup();
  // Test files share modules (isolate: false): route loaders' client must not carry data over.
  queryClient.clear();
  server.resetHandlers();
});
afterAll(() => {
  server.close();
  // A pending fallback would fire after this file's document is gone (files share modules).
  resetAfterContent();
});
