import { fleetTelemetry, registerForTest, startSwitch } from './self-hosted-api';
import { personas, type SimulatorControl } from './simulator';

/**
 * Fleet Telemetry's work and the Inbox notifications it brings: a registration and a switch
 * finishing, and a tenant denying the provisioning the switch e-mails it.
 */
const { id, name, next } = fleetTelemetry;

/** Register to Test of the next version, as the Versions tab would (through the API). */
export const registerNext = (simulator: SimulatorControl) => registerForTest(simulator, id, next);

/** Confirm Update → Yes: the switch e-mails every tenant with access, who may press Deny. */
export const confirmUpdate = (simulator: SimulatorControl) =>
  startSwitch(simulator, id, { version: next, direction: 'update' });

/** The title of the notification a tenant's Deny brings. */
export const denialOf = (tenant: string) => `${tenant} denied ${name} ${next}`;
/** The notification the registration of Fleet Telemetry's next version brings once finished. */
export const REGISTERED = `Register ${next} to test: finished`;
/** The notification the switch to it brings once finished. */
export const UPDATED = `Update to ${next}: finished`;

/** What the simulator stored for this person under this title. */
export async function storedNotifications(
  simulator: SimulatorControl,
  title: string,
  userId: string = personas.admin,
) {
  const db = await simulator.state();
  return db.notifications.filter((n) => n.userId === userId && n.title === title);
}
