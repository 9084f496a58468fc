import type { Scenario } from '../core/scenario';
import type { PlatformFaults } from '../platform/state';
import type { ServerFaults } from '../servers/state';
import type { TenantChoice } from '../self-hosted/tenant-commands';
import type { SaveState } from '../simulator';

/** The simulator's controls, as its service worker serves them under /api/v1/simulator. */
export async function control<T = void>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1/simulator${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const value = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const problem = (value ?? {}) as { title?: string; detail?: string };
    throw new Error(
      problem.detail ?? problem.title ?? `The simulator answered ${String(response.status)}`,
    );
  }
  return value as T;
}

export interface SimulatorSettings {
  scenario: Scenario;
  largeDataset: boolean;
  saveState: SaveState;
}

export const simulatorControls = {
  settings: () => control<SimulatorSettings>('GET', '/settings'),
  state: () => control<unknown>('GET', '/state'),
  setScenario: (partial: Partial<Scenario>) => control<Scenario>('PATCH', '/scenario', partial),
  clearScenario: () => control<Scenario>('DELETE', '/scenario'),
  setLargeDataset: (on: boolean) => control('PUT', '/large-dataset', { on }),
  reset: () => control('POST', '/reset'),
  signInAs: (userId: string | null) => control('PUT', '/session', { userId }),
  tenants: () => control<TenantChoice[]>('GET', '/tenants'),
  denyTenant: (applicationId: string, tenantId: string) =>
    control(
      'POST',
      `/tenants/${encodeURIComponent(applicationId)}/${encodeURIComponent(tenantId)}/deny`,
    ),
  presetTenantDenial: (applicationId: string, tenantId: string, on = true) =>
    control(
      'PUT',
      `/tenants/${encodeURIComponent(applicationId)}/${encodeURIComponent(tenantId)}/deny-next`,
      { on },
    ),
  serverFaults: (serverId: string, faults: ServerFaults) =>
    control('PUT', `/servers/${encodeURIComponent(serverId)}/faults`, faults),
  platformFaults: (environmentId: string, faults: PlatformFaults) =>
    control('PUT', `/platform-environments/${encodeURIComponent(environmentId)}/faults`, faults),
  storageFull: (on: boolean) => control('PUT', '/storage-full', { on }),
};

/** Whether the worker's last save reached storage; the worker says when it changes. */
let saveState: SaveState = 'saved';
const saveListeners = new Set<() => void>();

export const saveStateStore = {
  get: () => saveState,
  set(next: SaveState) {
    if (next === saveState) return;
    saveState = next;
    for (const listener of saveListeners) listener();
  },
  subscribe(listener: () => void) {
    saveListeners.add(listener);
    return () => void saveListeners.delete(listener);
  },
};
