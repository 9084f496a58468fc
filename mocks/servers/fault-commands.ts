import { advanceOperations } from '../core/operations';
import { simulator } from '../simulator';
import { findServer, type ServerFaults } from './state';

/**
 * What goes wrong on a server outside the console: the agent's user loses sudo, a step fails, a
 * service stays unhealthy. Tests call this directly, QA through `window.upshiftSimulator`.
 * `{}` clears every fault.
 */
export function setServerFaults(serverId: string, faults: ServerFaults): void {
  const { db } = simulator;
  advanceOperations(db, simulator.now());
  const server = findServer(db, serverId);
  if (!server) throw new Error(`No server "${serverId}"`);
  server.faults = { ...faults };
  simulator.persist();
}
