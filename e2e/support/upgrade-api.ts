import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import type { ApplicationDetail } from '@/contract/application-detail';
import type { ApplicationAccess } from '@/contract/applications';
import type { Operation } from '@/contract/operations';
import type { UpgradeRequest } from '@/contract/upgrades';
import type { ApiAnswer, SimulatorControl } from './simulator';

/** The e-mail connector as the seed configures it (project 10 of Invoice Approvals needs it). */
const emailConnector = {
  name: 'email-connector',
  kind: 'out-of-the-box' as const,
  type: 'email',
  image: 'activiti/email-connector:7.1.0',
  variables: { EMAIL_HOST: 'https://mysmtp.com', EMAIL_PORT: '8050' },
};

/**
 * A request the simulator would accept for this application, read through the API as the
 * console reads it: the highest released target, today's access, the deployed connectors plus
 * the e-mail connector where the target needs it. `patch` then changes what a test wants refused.
 */
export async function upgradeRequestFor(
  simulator: SimulatorControl,
  applicationId: string,
  patch: Partial<UpgradeRequest> = {},
): Promise<UpgradeRequest> {
  const app = (await simulator.api({ method: 'GET', path: `/applications/${applicationId}` }))
    .body as ApplicationDetail;
  const access = (
    await simulator.api({ method: 'GET', path: `/applications/${applicationId}/access` })
  ).body as ApplicationAccess;
  const projectVersion =
    patch.projectVersion ?? Math.max(...app.releases.map((r) => r.version), app.projectVersion);
  const needed = app.releases.find((r) => r.version === projectVersion)?.connectors ?? [];
  const addEmail =
    needed.some((c) => c.name === emailConnector.name) &&
    !app.connectors.some((c) => c.name === emailConnector.name);
  return {
    revision: app.revision,
    accessRevision: access.revision,
    name: app.name,
    projectVersion,
    access: { admins: access.admins, users: access.users },
    connectors: addEmail ? [...app.connectors, emailConnector] : app.connectors,
    services: app.services,
    infrastructure: app.infrastructure,
    ...patch,
  };
}

export const ANOTHER_TAB = 'x-upshift-another-tab';

/** POST /applications/{id}/upgrades as another tab of the signed-in person would. */
export function postUpgrade(
  simulator: SimulatorControl,
  applicationId: string,
  body: unknown,
  idempotencyKey: string = randomUUID(),
): Promise<ApiAnswer> {
  return simulator.api({
    method: 'POST',
    path: `/applications/${applicationId}/upgrades`,
    body,
    // Marks the call as the test's own, so a spec counting the console's requests can skip it.
    headers: { 'Idempotency-Key': idempotencyKey, [ANOTHER_TAB]: 'yes' },
  });
}

/** Starts an upgrade through the API and returns its operation (fails the test if refused). */
export async function startUpgradeViaApi(
  simulator: SimulatorControl,
  applicationId: string,
  patch: Partial<UpgradeRequest> = {},
): Promise<Operation> {
  const answer = await postUpgrade(
    simulator,
    applicationId,
    await upgradeRequestFor(simulator, applicationId, patch),
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  return answer.body as Operation;
}

/** Polls the operation (each GET moves the simulated clock) until the stored one has `status`. */
export async function waitForOperation(
  simulator: SimulatorControl,
  operationId: string,
  status: Operation['status'] = 'succeeded',
): Promise<void> {
  await expect
    .poll(
      async () => {
        await simulator.api({ method: 'GET', path: `/operations/${operationId}` });
        return (await simulator.state()).operations.find((o) => o.id === operationId)?.status;
      },
      { timeout: 15_000 },
    )
    .toBe(status);
}
