import { setupWorker } from 'msw/browser';
import type { StandaloneControls } from '@/lib/standalone';
import { roleLabels } from '@/contract/permissions';
import type { Scenario } from './core/scenario';
import { handlers } from './handlers';
import { StandaloneAccountActions } from './controls/account-actions';
import { MockControlsPanel } from './controls/panel';
import { ResetDataDialog } from './controls/reset-data-dialog';
import { SignInChoices } from './controls/sign-in-choices';
import { StandaloneBadge } from './controls/standalone-badge';
import { personas } from './core/identity-seed';
import { simulator } from './simulator';
import { denyTenant, presetTenantDenial } from './self-hosted/tenant-commands';
import { setPlatformFaults } from './platform/fault-commands';
import type { PlatformFaults } from './platform/state';
import { setServerFaults } from './servers/fault-commands';
import type { ServerFaults } from './servers/state';
import { ignoreWorkerUpdateNoise } from './core/worker-update-noise';
import { holdApiRequestsWhenLeaving } from './core/leaving-page';
import { measuredInProcess, setRouteHost } from './core/route-host';
import { warmListIndex } from './applications/list-index';

const DB_KEY = 'upshift.simulator.db';
/** Tests preset the simulator before the app starts by writing this key. */
const BOOT_KEY = 'upshift.simulator.boot';

interface Boot {
  userId?: string;
  largeDataset?: boolean;
  scenario?: Partial<Scenario>;
}

function applyBoot() {
  const text = localStorage.getItem(BOOT_KEY);
  if (!text) return;
  localStorage.removeItem(BOOT_KEY);
  const boot = JSON.parse(text) as Boot;
  if (boot.largeDataset !== undefined) simulator.setLargeDataset(boot.largeDataset);
  if (boot.scenario) simulator.setScenario(boot.scenario);
  if (boot.userId !== undefined) simulator.signInAs(boot.userId);
}

/** What QA scripts and the browser console can do to the simulator. */
function exposeHandle() {
  const handle = {
    reset: () => simulator.reset({ largeDataset: simulator.db.settings.largeDataset }),
    setScenario: (partial: Partial<Scenario>) => simulator.setScenario(partial),
    clearScenario: () => simulator.clearScenario(),
    setLargeDataset: (on: boolean) => simulator.setLargeDataset(on),
    signInAs: (userId: string) => simulator.signInAs(userId),
    signOut: () => simulator.signInAs(null),
    state: () => JSON.parse(JSON.stringify(simulator.db)) as unknown,
    /** A tenant presses Deny in its provisioning e-mail (only while a switch provisions it). */
    denyTenant: (applicationId: string, tenantId: string) => denyTenant(applicationId, tenantId),
    /** The tenant presses Deny as soon as the next switch e-mails it. */
    presetTenantDenial: (applicationId: string, tenantId: string, on?: boolean) =>
      presetTenantDenial(applicationId, tenantId, on),
    /** A server's agent loses sudo, a step fails once, a service is unhealthy (`{}` clears). */
    serverFaults: (serverId: string, faults: ServerFaults) => setServerFaults(serverId, faults),
    /** Modules preparation stops at a module, the installer fails, approval is refused (once). */
    platformFaults: (environmentId: string, faults: PlatformFaults) =>
      setPlatformFaults(environmentId, faults),
  };
  Object.assign(window, { upshiftSimulator: handle });
}

export async function startSimulator(): Promise<StandaloneControls> {
  setRouteHost(measuredInProcess);
  simulator.attach({
    load: () => localStorage.getItem(DB_KEY),
    save: (text) => localStorage.setItem(DB_KEY, text),
  });
  // Tabs of one browser share one simulated server: what another tab saved is the state here.
  window.addEventListener('storage', (event) => {
    if (event.key === DB_KEY && event.newValue) simulator.adopt(event.newValue);
  });
  applyBoot();
  warmListIndex(simulator.db);
  ignoreWorkerUpdateNoise(window);
  holdApiRequestsWhenLeaving(window);
  await setupWorker(...handlers).start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
  });
  // Only now: a test that sees the handle may call the API straight away and must reach the worker.
  exposeHandle();
  return {
    personas: personas.map(({ userId, consoleRole }) => ({
      userId,
      name: simulator.db.users.find((u) => u.id === userId)?.name ?? userId,
      roleLabel: roleLabels[consoleRole],
    })),
    signInAs: (userId) => simulator.signInAs(userId),
    signOut: () => simulator.signInAs(null),
    resetData: () => simulator.reset({ largeDataset: simulator.db.settings.largeDataset }),
    Panel: MockControlsPanel,
    Badge: StandaloneBadge,
    AccountActions: StandaloneAccountActions,
    ResetDialog: ResetDataDialog,
    SignInChoices,
  };
}
