import { expect } from '@playwright/test';
import type { Operation } from '@/contract/operations';
import type { ServerUpgrade, UpgradeMode } from '@/contract/server-upgrades';
import type { ServerRelease } from '@/contract/servers';
import { postWork, startedOperation, waitForOperation } from './operations-api';
import type { ApiAnswer, Db, SimulatorControl } from './simulator';

/** Seeded servers (mocks/servers/seed.ts). */
export const spacetech = { id: 'spacetech', name: 'Space Tech', version: '3.7.2' };
export const orbital = { id: 'orbital', name: 'Orbital Labs', version: '3.8.1' };
export const novabank = { id: 'novabank', name: 'Nova Bank' };
export const LATEST_SERVER_RELEASE = '3.8.1';
/** 3.8.1's new service, whose subdomain must be added to DNS before applying. */
export const MONITOR_HOST = 'monitor.spacetech.com';

export type StoredServer = Db['servers'][number];
export type StoredServerUpgrade = Db['serverUpgrades'][number];

const server = (serverId: string) => `/servers/${encodeURIComponent(serverId)}`;
const upgradePath = (serverId: string, upgradeId: string) =>
  `${server(serverId)}/upgrades/${encodeURIComponent(upgradeId)}`;

export interface StartUpgradeBody {
  to: string;
  mode?: UpgradeMode;
  acknowledgeDowngrade?: boolean;
}

/** POST …/upgrades as another tab of the signed-in person would; the raw answer (may be refused). */
export function postServerUpgrade(
  simulator: SimulatorControl,
  serverId: string,
  { to, mode = 'run-here', acknowledgeDowngrade }: StartUpgradeBody,
  idempotencyKey?: string,
): Promise<ApiAnswer> {
  return postWork(
    simulator,
    `${server(serverId)}/upgrades`,
    { to, mode, acknowledgeDowngrade },
    idempotencyKey,
  );
}

/** Starts an upgrade through the API (fails the test if refused): its operation and record id. */
export async function startUpgradeViaApi(
  simulator: SimulatorControl,
  serverId: string,
  body: StartUpgradeBody,
): Promise<{ operation: Operation; upgradeId: string }> {
  const operation = startedOperation(await postServerUpgrade(simulator, serverId, body));
  return { operation, upgradeId: String(operation.result?.upgradeId) };
}

/** The upgrade record as the API answers it. */
export async function getServerUpgrade(
  simulator: SimulatorControl,
  serverId: string,
  upgradeId: string,
): Promise<ServerUpgrade> {
  const answer = await simulator.api({ method: 'GET', path: upgradePath(serverId, upgradeId) });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as ServerUpgrade;
}

/** Marks a step done (configuration kept, DNS hosts added, a command run in manual mode). */
export async function markStepViaApi(
  simulator: SimulatorControl,
  serverId: string,
  upgradeId: string,
  step: string,
  body: { output?: string; hosts?: string[] } = {},
): Promise<ServerUpgrade> {
  const answer = await simulator.api({
    method: 'POST',
    path: `${upgradePath(serverId, upgradeId)}/steps/${step}`,
    body,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as ServerUpgrade;
}

/** Waits for the operation the record says is running, if any. */
async function settle(simulator: SimulatorControl, serverId: string, upgradeId: string) {
  const { operationId } = await getServerUpgrade(simulator, serverId, upgradeId);
  if (operationId) await waitForOperation(simulator, operationId);
}

/**
 * A run-here upgrade of spacetech taken through download, packages, configuration kept, export
 * and DNS: the next thing is the downtime. Set a fast operation speed first (`FAST`).
 */
export async function prepareUpgradeViaApi(
  simulator: SimulatorControl,
  serverId = spacetech.id,
  to = LATEST_SERVER_RELEASE,
): Promise<string> {
  const { upgradeId } = await startUpgradeViaApi(simulator, serverId, { to });
  await settle(simulator, serverId, upgradeId);
  await markStepViaApi(simulator, serverId, upgradeId, 'configuration');
  startedOperation(await postWork(simulator, `${upgradePath(serverId, upgradeId)}/export`));
  await settle(simulator, serverId, upgradeId);
  const { newSubdomains } = await getServerUpgrade(simulator, serverId, upgradeId);
  if (newSubdomains.length > 0) {
    await markStepViaApi(simulator, serverId, upgradeId, 'dns', {
      hosts: newSubdomains.map((d) => d.host),
    });
  }
  return upgradeId;
}

/** Confirms the downtime and applies now, as another tab would; the raw answer. */
export async function postApply(
  simulator: SimulatorControl,
  serverId: string,
  upgradeId: string,
  dnsConfirmed: string[],
): Promise<ApiAnswer> {
  return postWork(simulator, `${upgradePath(serverId, upgradeId)}/apply`, {
    confirmDowntime: true,
    dnsConfirmed,
  });
}

/** A whole run-here upgrade through the API, down → version included; the completed record. */
export async function completeUpgradeViaApi(
  simulator: SimulatorControl,
  serverId = spacetech.id,
  to = LATEST_SERVER_RELEASE,
): Promise<ServerUpgrade> {
  const upgradeId = await prepareUpgradeViaApi(simulator, serverId, to);
  const { newSubdomains } = await getServerUpgrade(simulator, serverId, upgradeId);
  const answer = await postApply(
    simulator,
    serverId,
    upgradeId,
    newSubdomains.map((d) => d.host),
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(202);
  await settle(simulator, serverId, upgradeId);
  const done = await getServerUpgrade(simulator, serverId, upgradeId);
  expect(done.status).toBe('completed');
  return done;
}

/** The server as the simulator stores it. */
export function serverRecord(db: Db, serverId: string): StoredServer {
  const found = db.servers.find((s) => s.id === serverId);
  if (!found) throw new Error(`no server ${serverId}`);
  return found;
}

/** A server's upgrade records as the simulator stores them, oldest first. */
export function serverUpgradesOf(db: Db, serverId: string): StoredServerUpgrade[] {
  return db.serverUpgrades.filter((u) => u.serverId === serverId);
}

/** A release's images as the API lists them (the hashes `version` prints once it runs). */
export async function releaseImages(
  simulator: SimulatorControl,
  version: string,
): Promise<ServerRelease['images']> {
  const answer = await simulator.api({ method: 'GET', path: '/server-releases' });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  const { items } = answer.body as { items: ServerRelease[] };
  const release = items.find((r) => r.version === version);
  if (!release) throw new Error(`no release ${version}`);
  return release.images;
}

/** The digest as the console shows it: the first 12 hex digits. */
export const shortHash = (hash: string) => hash.replace(/^sha256:/, '').slice(0, 12);
