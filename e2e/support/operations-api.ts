import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { isFinished, type Operation } from '@/contract/operations';
import type { ApiAnswer, SimulatorControl } from './simulator';

/** Marks a request as the test's own "other tab", so a spec counting the console's can skip it. */
export const ANOTHER_TAB = 'x-upshift-another-tab';

/** A POST that starts work, sent as another tab of the signed-in person would. */
export function postWork(
  simulator: SimulatorControl,
  path: string,
  body?: unknown,
  idempotencyKey: string = randomUUID(),
): Promise<ApiAnswer> {
  return simulator.api({
    method: 'POST',
    path,
    body,
    headers: { 'Idempotency-Key': idempotencyKey, [ANOTHER_TAB]: 'yes' },
  });
}

/** The operation an accepted request started (fails the test if it was refused). */
export function startedOperation(answer: ApiAnswer): Operation {
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  return answer.body as Operation;
}

/** Starts work through the API and returns its operation (fails the test if refused). */
export async function startWork(
  simulator: SimulatorControl,
  path: string,
  body?: unknown,
): Promise<Operation> {
  return startedOperation(await postWork(simulator, path, body));
}

/**
 * Polls the operation through the API (each GET moves it along the simulated clock) until it
 * has finished; fails unless it ended with `status`. Set the operation speed for how long it takes.
 */
export async function waitForOperation(
  simulator: SimulatorControl,
  operationId: string,
  status: Operation['status'] = 'succeeded',
): Promise<void> {
  expect(await finishedStatus(simulator, operationId)).toBe(status);
}

/** Polls the operation until it has finished, and says how. */
export async function finishedStatus(
  simulator: SimulatorControl,
  operationId: string,
): Promise<Operation['status']> {
  let status: Operation['status'] = 'queued';
  await expect
    .poll(
      async () => {
        const answer = await simulator.api({ method: 'GET', path: `/operations/${operationId}` });
        status = (answer.body as Operation).status;
        return isFinished(status);
      },
      { timeout: 20_000, message: `operation ${operationId} finishes` },
    )
    .toBe(true);
  return status;
}
