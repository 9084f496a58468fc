import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';
import { queryClient } from '@/lib/query-client';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  simulator.clearScenario();
  simulator.reset();
});
afterEach(() => {
  cleanup();
  // Test files share modules (isolate: false): route loaders' client must not carry data over.
  queryClient.clear();
  server.resetHandlers();
});
afterAll(() => server.close());
