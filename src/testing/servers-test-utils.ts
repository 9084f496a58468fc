import type { EndpointBody } from '@/contract/endpoint';
import { serverEndpoints } from '@/contract/server-endpoints';
import type { RunbookStepId } from '@/contract/server-upgrades';
import { apiCall } from '@/lib/api-client';
import type { SimulatedClock } from './simulator-test-utils';

type StartBody = EndpointBody<typeof serverEndpoints.startServerUpgrade>;
type ApplyBody = EndpointBody<typeof serverEndpoints.applyServerUpgrade>;
type StepBody = EndpointBody<typeof serverEndpoints.completeServerUpgradeStep>;

const key = () => crypto.randomUUID();

/** The servers API as the console calls it, for the simulator's tests. */
export const servers = {
  list: () => apiCall(serverEndpoints.listServers),
  get: (serverId: string) => apiCall(serverEndpoints.getServer, { params: { serverId } }),
  plan: (serverId: string, to: string) =>
    apiCall(serverEndpoints.getServerUpgradePlan, { params: { serverId }, query: { to } }),
  configuration: (serverId: string) =>
    apiCall(serverEndpoints.getServerConfiguration, { params: { serverId } }),
  saveConfiguration: (serverId: string, yaml: string, revision: number) =>
    apiCall(serverEndpoints.updateServerConfiguration, {
      params: { serverId },
      body: { yaml, revision },
    }),
  start: (serverId: string, body: StartBody, idempotencyKey = key()) =>
    apiCall(serverEndpoints.startServerUpgrade, { params: { serverId }, body, idempotencyKey }),
  upgrade: (serverId: string, upgradeId: string) =>
    apiCall(serverEndpoints.getServerUpgrade, { params: { serverId, upgradeId } }),
  mark: (serverId: string, upgradeId: string, step: RunbookStepId, body: StepBody = {}) =>
    apiCall(serverEndpoints.completeServerUpgradeStep, {
      params: { serverId, upgradeId, step },
      body,
    }),
  export: (serverId: string, upgradeId: string, idempotencyKey = key()) =>
    apiCall(serverEndpoints.exportServerUpgrade, {
      params: { serverId, upgradeId },
      idempotencyKey,
    }),
  apply: (serverId: string, upgradeId: string, body: ApplyBody, idempotencyKey = key()) =>
    apiCall(serverEndpoints.applyServerUpgrade, {
      params: { serverId, upgradeId },
      body,
      idempotencyKey,
    }),
  cancelSchedule: (serverId: string, upgradeId: string) =>
    apiCall(serverEndpoints.cancelServerUpgradeSchedule, { params: { serverId, upgradeId } }),
  retry: (serverId: string, upgradeId: string, idempotencyKey = key()) =>
    apiCall(serverEndpoints.retryServerUpgrade, {
      params: { serverId, upgradeId },
      idempotencyKey,
    }),
};

const MINUTE = 60_000;

/** Starts spacetech's upgrade to 3.8.1 run here and lets download and packages finish. */
export async function preparedUpgrade(clock: SimulatedClock, to = '3.8.1') {
  const op = await servers.start('spacetech', { to, mode: 'run-here' });
  const upgradeId = String(op.result?.upgradeId);
  clock.advance(5 * MINUTE);
  return servers.upgrade('spacetech', upgradeId);
}

/** Takes a prepared run-here upgrade through configuration, export and DNS. */
export async function readyToApply(clock: SimulatedClock, upgradeId: string) {
  await servers.mark('spacetech', upgradeId, 'configuration');
  await servers.export('spacetech', upgradeId);
  clock.advance(5 * MINUTE);
  await servers.upgrade('spacetech', upgradeId);
  return servers.mark('spacetech', upgradeId, 'dns', { hosts: ['monitor.spacetech.com'] });
}

/** Confirms the downtime of an upgrade ready to apply, and lets down … version run now. */
export async function appliedUpgrade(clock: SimulatedClock, upgradeId: string) {
  await servers.apply('spacetech', upgradeId, {
    confirmDowntime: true,
    dnsConfirmed: ['monitor.spacetech.com'],
  });
  clock.advance(10 * MINUTE);
  return servers.upgrade('spacetech', upgradeId);
}
