import { http } from 'msw';
import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { answerControl, type WorkerState } from './worker/worker-controls';

const controls: WorkerState = { freshSeed: false, storageFull: false, boots: new Set() };

/**
 * The simulator for Vitest: same handlers, in-memory only, with the controls the standalone
 * console's service worker serves (the simulator panel's tests use them).
 */
export const server = setupServer(
  http.all('*/api/v1/simulator/*', ({ request }) =>
    answerControl(
      request,
      new URL(request.url).pathname.replace(/^\/api\/v1\/simulator/, ''),
      controls,
    ),
  ),
  ...handlers,
);
