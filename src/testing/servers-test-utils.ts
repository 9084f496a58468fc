import type { EndpointBody } from '@/contract/endpoint';
import { endpoints } from '@/contract/endpoints';
import type { RunbookStepId } from '@/contract/server-upgrades';
import { apiCall } from '@/lib/api-client';
import type { SimulatedClock } from './simulator-test-utils';

type StartBody = EndpointBody<typeof endpoints.startServerUpgrade>;
type ApplyBody = EndpointBody<typeof endpoints.applyServerUpgrade>;
type StepBody = EndpointBody<typeof endpoints.completeServerUpgradeStep>;

const key = () => crypto.randomUUID();

/** The servers API as the console calls it, for the simulator's tests. */
export const servers = {
  list: () => apiCall(endpoints.listServers),
  get: (serverId: string) => apiCall(endpoints.getServer, { params: { serverId } }),
  plan: (serverId: string, to: string) =>
    apiCall(endpoints.getServerUpgradePlan, { params: { serverId }, query: { to } }),
  configuration: (serverId: string) =>
    apiCall(endpoints.getServerConfiguration, { params: { serverId } }),
  saveConfiguration: (serverId: string, yaml: string, revision: number) =>
    apiCall(endpoints.updateServerConfiguration, {
      params: { serverId },
      body: { yaml, revision },
    }),
  start: (serverId: string, body: StartBody, idempotencyKey = key()) =>
    apiCall(endpoints.startServerUpgrade, { params: { serverId }, body, idempotencyKey }),
  upgrade: (serverId: string, upgradeId: string) =>
    apiCall(endpoints.getServerUpgrade, { params: { serverId, upgradeId } }),
  mark: (serverId: string, upgradeId: string, step: RunbookStepId, body: StepBody = {}) =>
    apiCall(endpoints.completeServerUpgradeStep, { params: { serverId, upgradeId, step }, body }),
  export: (serverId: string, upgradeId: string, idempotencyKey = key()) =>
    apiCall(endpoints.exportServerUpgrade, { params: { serverId, upgradeId }, idempotencyKey }),
  apply: (serverId: string, upgradeId: string, body: ApplyBody, idempotencyKey = key()) =>
    apiCall(endpoints.applyServerUpgrade, {
      params: { serverId, upgradeId },
      body,
      idempotencyKey,
    }),
  cancelSchedule: (serverId: string, upgradeId: string) =>
    apiCall(endpoints.cancelServerUpgradeSchedule, { params: { serverId, upgradeId } }),
  retry: (serverId: string, upgradeId: string, idempotencyKey = key()) =>
    apiCall(endpoints.retryServerUpgrade, { params: { serverId, upgradeId }, idempotencyKey }),
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
