import { randomUUID } from 'node:crypto';
import type { Endpoint } from '../src/contract/endpoint';
import { endpoints } from '../src/contract/endpoints';
import type { ContractClient } from './contract-client';
import type { Answers } from './contract-reads';
import { verify } from './contract-verify';

export interface WriteResult {
  endpoint: Endpoint;
  calls: number;
  /** Why it failed, or why it could not run; neither for a pass. */
  failure?: string;
  skipped?: string;
}

/**
 * Writes that leave the server as they found it or harmless: a notification marked read and
 * back (`updateNotification`), and a readiness check, which only looks (`startReadinessCheck`),
 * sent twice with one Idempotency-Key: the second must replay the first answer.
 */
export async function checkWrites(
  client: ContractClient,
  answers: Answers,
): Promise<WriteResult[]> {
  return [await notificationRoundTrip(client, answers), await readinessCheck(client, answers)];
}

async function notificationRoundTrip(client: ContractClient, answers: Answers) {
  const endpoint = endpoints.updateNotification;
  const note = answers.of(endpoints.listNotifications)[0]?.items[0];
  if (!note) return { endpoint, calls: 0, skipped: 'no notification to mark (listNotifications)' };
  const params = { notificationId: note.id };
  let calls = 0;
  for (const read of [!note.read, note.read]) {
    calls += 1;
    const verdict = verify(endpoint, await client.call(endpoint, { params }, { body: { read } }));
    if (verdict.kind !== 'ok') return { endpoint, calls, failure: verdict.reason };
    if (verdict.value.read !== read) {
      const failure = `PATCH read: ${String(read)} answered a notification still read: ${String(!read)}`;
      return { endpoint, calls, failure };
    }
  }
  return { endpoint, calls };
}

async function readinessCheck(client: ContractClient, answers: Answers) {
  const endpoint = endpoints.startReadinessCheck;
  const app = answers.of(endpoints.listApplications)[0]?.items[0];
  if (!app) return { endpoint, calls: 0, skipped: 'no application to check (listApplications)' };
  const args = { params: { applicationId: app.id } };
  const idempotencyKey = randomUUID();
  const first = verify(endpoint, await client.call(endpoint, args, { idempotencyKey }));
  if (first.kind !== 'ok') return { endpoint, calls: 1, failure: first.reason };
  answers.add(endpoint, first.value);
  const again = verify(endpoint, await client.call(endpoint, args, { idempotencyKey }));
  if (again.kind !== 'ok') return { endpoint, calls: 2, failure: `the retry: ${again.reason}` };
  if (again.value.id !== first.value.id) {
    const failure = `a retry with the same Idempotency-Key answered operation ${again.value.id}, not ${first.value.id} again`;
    return { endpoint, calls: 2, failure };
  }
  return { endpoint, calls: 2 };
}
