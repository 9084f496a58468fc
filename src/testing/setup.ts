import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { server } from '@mocks/node';
import { simulator } from '@mocks/simulator';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  simulator.clearScenario();
  simulator.reset();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
