import type { StandaloneControls } from '@/lib/standalone';
import { roleLabels } from '@/contract/permissions';
import { afterContentPainted } from '@/lib/after-content';
import type { Scenario } from './core/scenario';
import { saveStateStore, simulatorControls } from './controls/client';
import { lazyControl } from './controls/lazy-control';
import { StandaloneBadge } from './controls/standalone-badge';
import type { PlatformFaults } from './platform/state';
import type { ServerFaults } from './servers/state';
import { personas, seedUsers } from './core/identity-seed';
import { SIMULATOR_CHANNEL, type SimulatorMessage } from './worker/protocol';

/**
 * Resolves once the simulator's worker serves this page: the page's first script
 * (mocks/worker/start.js) registered it, and holds the API requests until then.
 */
function workerServing(): Promise<unknown> {
  const started = (window as unknown as { upshiftSimulatorWorker?: Promise<unknown> })
    .upshiftSimulatorWorker;
  return started ?? Promise.reject(new Error('The page has no simulator start script.'));
}

/** What QA scripts and the browser console can do to the simulator; each returns a promise. */
function exposeHandle() {
  const handle = {
    reset: () => simulatorControls.reset(),
    setScenario: (partial: Partial<Scenario>) => simulatorControls.setScenario(partial),
    clearScenario: () => simulatorControls.clearScenario(),
    setLargeDataset: (on: boolean) => simulatorControls.setLargeDataset(on),
    signInAs: (userId: string) => simulatorControls.signInAs(userId),
    signOut: () => simulatorControls.signInAs(null),
    state: () => simulatorControls.state(),
    /** A tenant presses Deny in its provisioning e-mail (only while a switch provisions it). */
    denyTenant: (applicationId: string, tenantId: string) =>
      simulatorControls.denyTenant(applicationId, tenantId),
    /** The tenant presses Deny as soon as the next switch e-mails it. */
    presetTenantDenial: (applicationId: string, tenantId: string, on?: boolean) =>
      simulatorControls.presetTenantDenial(applicationId, tenantId, on),
    /** A server's agent loses sudo, a step fails once, a service is unhealthy (`{}` clears). */
    serverFaults: (serverId: string, faults: ServerFaults) =>
      simulatorControls.serverFaults(serverId, faults),
    /** Modules preparation stops at a module, the installer fails, approval is refused (once). */
    platformFaults: (environmentId: string, faults: PlatformFaults) =>
      simulatorControls.platformFaults(environmentId, faults),
    /** Saves refuse, as a full storage would; `false` lets them through again. */
    storageFull: (on: boolean) => simulatorControls.storageFull(on),
  };
  Object.assign(window, { upshiftSimulator: handle });
}

/**
 * The controls the simulator adds to the console besides its badge, each loaded when first
 * drawn, so the first page waits for none of them (they pull in about forty of MUI's chunks).
 * The panel's code holds every endpoint's id; the dialogs load when they open.
 */
const controls = {
  AccountActions: lazyControl(() =>
    import('./controls/account-actions').then((m) => m.StandaloneAccountActions),
  ),
  Panel: lazyControl(
    () => import('./controls/panel').then((m) => m.MockControlsPanel),
    (props) => props.open,
  ),
  ResetDialog: lazyControl(
    () => import('./controls/reset-data-dialog').then((m) => m.ResetDataDialog),
    (props) => props.open,
  ),
  SignInChoices: lazyControl(() =>
    import('./controls/sign-in-choices').then((m) => m.SignInChoices),
  ),
};

export async function startSimulator(): Promise<StandaloneControls> {
  await workerServing();
  const channel = new BroadcastChannel(SIMULATOR_CHANNEL);
  channel.onmessage = (event: MessageEvent<SimulatorMessage>) =>
    saveStateStore.set(event.data.saveState);
  // A save that failed before this page opened (the worker outlives its pages).
  simulatorControls.settings().then(
    (settings) => saveStateStore.set(settings.saveState),
    (error: unknown) => console.error('The simulator did not say whether it saves', error),
  );
  // Only now: a test that sees the handle may call the API straight away.
  exposeHandle();
  // The user menu's items, after what the page itself loads once it has painted (the list's
  // filters), so they are there when the menu opens.
  afterContentPainted(() => afterContentPainted(controls.AccountActions.preload));
  const users = seedUsers();
  return {
    personas: personas.map(({ userId, consoleRole }) => ({
      userId,
      name: users.find((u) => u.id === userId)?.name ?? userId,
      roleLabel: roleLabels[consoleRole],
    })),
    signInAs: (userId) => simulatorControls.signInAs(userId),
    signOut: () => simulatorControls.signInAs(null),
    resetData: () => simulatorControls.reset(),
    Badge: StandaloneBadge,
    ...controls,
  };
}
