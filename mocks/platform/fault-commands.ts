import { advanceOperations } from '../core/operations';
import { simulator } from '../simulator';
import type { PlatformFaults } from './state';

/**
 * What goes wrong in an environment outside the console: modules preparation stops at a module
 * (named as preparation names them, e.g. "ClaimsPortal_CS"), the installer fails, the infrastructure
 * admin refuses the request. Each happens once; `{}` clears them. Tests call this directly, QA
 * through `window.upshiftSimulator.platformFaults`.
 */
export function setPlatformFaults(environmentId: string, faults: PlatformFaults): void {
  const { db } = simulator;
  advanceOperations(db, simulator.now());
  const known =
    db.platformEnvironments.some((e) => e.id === environmentId) ||
    db.infrastructures.some((i) => i.lifeTime.id === environmentId);
  if (!known) throw new Error(`No environment "${environmentId}"`);
  db.platformFaults[environmentId] = { ...faults };
  simulator.persist();
}
