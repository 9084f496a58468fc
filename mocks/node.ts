import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The simulator for Vitest: same handlers, in-memory only. */
export const server = setupServer(...handlers);
