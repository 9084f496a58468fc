import type { Operation } from '@/contract/operations';
import type { SwitchDirection } from '@/contract/self-hosted';
import { postWork, startedOperation } from './operations-api';
import type { ApiAnswer, Db, SimulatorControl } from './simulator';

/** Seeded self-hosted applications the specs drive (mocks' self-hosted seed). */
export const fieldService = { id: 'sh-001', name: 'Field Service Scheduler' };
/** 3.1.0 active, 3.2.0 available; both need app credentials, so a switch provisions tenants. */
export const fleetTelemetry = { id: 'sh-003', name: 'Fleet Telemetry', next: '3.2.0' };
/** 5.0.0 active, 5.1.0 registered for test with other roles. */
export const visitorManagement = { id: 'sh-004', name: 'Visitor Management' };
/** 1.3.2 active; a switch to 1.5.0 fails. */
export const energyGateway = { id: 'sh-006', name: 'Energy Meter Gateway' };

export type StoredSelfHostedApp = Db['selfHosted'][number];

const base = (applicationId: string) =>
  `/self-hosted-applications/${encodeURIComponent(applicationId)}`;

/** Register to Test as another tab of the signed-in person would: straight to the API. */
export function postRegistration(
  simulator: SimulatorControl,
  applicationId: string,
  version: string,
): Promise<ApiAnswer> {
  return postWork(
    simulator,
    `${base(applicationId)}/versions/${encodeURIComponent(version)}/registration`,
  );
}

/** Confirm Update / Confirm Reactivate answered Yes, from another tab. */
export function postSwitch(
  simulator: SimulatorControl,
  applicationId: string,
  body: { version: string; direction: SwitchDirection; comment?: string },
): Promise<ApiAnswer> {
  return postWork(simulator, `${base(applicationId)}/switches`, body);
}

/** Registers a version to test through the API; returns the operation (fails if refused). */
export async function registerForTest(
  simulator: SimulatorControl,
  applicationId: string,
  version: string,
): Promise<Operation> {
  return startedOperation(await postRegistration(simulator, applicationId, version));
}

/** Starts a switch through the API; returns the operation (fails if refused). */
export async function startSwitch(
  simulator: SimulatorControl,
  applicationId: string,
  body: { version: string; direction: SwitchDirection; comment?: string },
): Promise<Operation> {
  return startedOperation(await postSwitch(simulator, applicationId, body));
}

/** The application as the simulator stores it. */
export function selfHostedRecord(db: Db, applicationId: string): StoredSelfHostedApp {
  const app = db.selfHosted.find((a) => a.id === applicationId);
  if (!app) throw new Error(`no self-hosted application ${applicationId}`);
  return app;
}

/** What the simulator stored for one application: versions by status, and its operations. */
export function storedApp(db: Db, applicationId: string) {
  const app = selfHostedRecord(db, applicationId);
  return {
    statuses: Object.fromEntries(app.versions.map((v) => [v.version, v.status])),
    operations: db.operations.filter((o) => o.resource.id === applicationId),
  };
}

/** The version a stored application has active now. */
export const activeOf = (app: StoredSelfHostedApp) =>
  app.versions.find((v) => v.status === 'active');
