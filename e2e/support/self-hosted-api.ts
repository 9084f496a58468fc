import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import type { Operation } from '@/contract/operations';
import type { SwitchDirection } from '@/contract/self-hosted';
import type { Db } from '../../mocks/db';
import type { ApiAnswer, SimulatorControl } from './simulator';
import { ANOTHER_TAB } from './upgrade-api';

const base = (applicationId: string) =>
  `/self-hosted-applications/${encodeURIComponent(applicationId)}`;

/** Register to Test as another tab of the signed-in person would: straight to the API. */
export function postRegistration(
  simulator: SimulatorControl,
  applicationId: string,
  version: string,
): Promise<ApiAnswer> {
  return simulator.api({
    method: 'POST',
    path: `${base(applicationId)}/versions/${encodeURIComponent(version)}/registration`,
    headers: { 'Idempotency-Key': randomUUID(), [ANOTHER_TAB]: 'yes' },
  });
}

/** Confirm Update / Confirm Reactivate answered Yes, from another tab. */
export function postSwitch(
  simulator: SimulatorControl,
  applicationId: string,
  body: { version: string; direction: SwitchDirection; comment?: string },
): Promise<ApiAnswer> {
  return simulator.api({
    method: 'POST',
    path: `${base(applicationId)}/switches`,
    body,
    headers: { 'Idempotency-Key': randomUUID(), [ANOTHER_TAB]: 'yes' },
  });
}

/** The operation an accepted request started (fails the test if it was refused). */
export function startedOperation(answer: ApiAnswer): Operation {
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  return answer.body as Operation;
}

/** What the simulator stored for one application: versions by status, and its operations. */
export function storedApp(db: Db, applicationId: string) {
  const app = db.selfHosted.find((a) => a.id === applicationId);
  if (!app) throw new Error(`no self-hosted application ${applicationId}`);
  return {
    statuses: Object.fromEntries(app.versions.map((v) => [v.version, v.status])),
    operations: db.operations.filter((o) => o.resource.id === applicationId),
  };
}
