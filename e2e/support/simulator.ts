import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { Scenario } from '../../mocks/core/scenario';
import type { Db } from '../../mocks/db';
import type { PlatformFaults } from '../../mocks/platform/state';
import type { ServerFaults } from '../../mocks/servers/state';

/** The seeded people of the standalone user switcher, one per console role. */
export const personas = {
  admin: 'u-admin',
  operator: 'u-operator',
  productOwner: 'u-product-owner',
  viewer: 'u-viewer',
} as const;
export type PersonaId = (typeof personas)[keyof typeof personas];

export type ScenarioPatch = Partial<Scenario>;
/**
 * Operations on the simulated clock 20 times faster than real time: work a spec does not watch
 * finishes in a fraction of a second (`test.use({ operationSpeed })`, `setScenario(FAST)`).
 */
export const FAST = { operationSpeed: 20 } satisfies ScenarioPatch;

/** The simulator's whole database, as `state()` returns it (specs import the type from here). */
export type { Db };

/** What the page's first script reads once from localStorage (see mocks/worker/start.js). */
export interface SimulatorBoot {
  userId?: string;
  largeDataset?: boolean;
  scenario?: ScenarioPatch;
}

/**
 * `window.upshiftSimulator`, exposed by the standalone console (mocks/browser.ts). The simulator
 * runs in its service worker, so each call is a request to it and returns a promise.
 */
interface SimulatorHandle {
  reset(): Promise<void>;
  setScenario(partial: ScenarioPatch): Promise<void>;
  clearScenario(): Promise<void>;
  setLargeDataset(on: boolean): Promise<void>;
  signInAs(userId: string): Promise<void>;
  signOut(): Promise<void>;
  state(): Promise<unknown>;
  /** A tenant presses Deny in its provisioning e-mail (only while a switch provisions it). */
  denyTenant(applicationId: string, tenantId: string): Promise<void>;
  /** The tenant presses Deny as soon as the next switch e-mails it (`on: false` takes it back). */
  presetTenantDenial(applicationId: string, tenantId: string, on?: boolean): Promise<void>;
  /** What goes wrong on a server outside the console (mocks/servers/state.ts); `{}` clears. */
  serverFaults(serverId: string, faults: ServerFaults): Promise<void>;
  /** What goes wrong in a platform environment (mocks/platform/state.ts); `{}` clears. */
  platformFaults(environmentId: string, faults: PlatformFaults): Promise<void>;
  /** Saves refuse, as a full storage would (`false` lets them through again). */
  storageFull(on: boolean): Promise<void>;
}

export const BOOT_KEY = 'upshift.simulator.boot';
/**
 * The CPU slowdown the simulator's service worker makes up for (mocks/worker/slowdown.ts):
 * Chromium throttles only the page, and `npm run bench` throttles it.
 */
export const SLOWDOWN_KEY = 'upshift.simulator.slowdown';

/** What the simulator answered to a raw API call: the status and the parsed JSON body. */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

export interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below /api/v1, e.g. `/applications/app-001/upgrades`. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Drives the in-browser simulator of an e2e build. `bootSimulator()` presets it before the app
 * starts; the other methods act on the running app's simulator (the UI does not refetch by
 * itself: reload or navigate afterwards to see the effect).
 */
export class SimulatorControl {
  /** Everything preset so far: a later call adds to it (a fixture's speed and a test's user). */
  private boot: SimulatorBoot = {};

  constructor(private readonly page: Page) {}

  /**
   * Preset the simulator before the app loads: call before the first `page.goto`. Applied once
   * per tab, so a later reload keeps whatever the test changed since. Calls add up: each one
   * presets what the earlier ones did too, with its own values winning.
   */
  async bootSimulator(options: SimulatorBoot): Promise<void> {
    this.boot = {
      ...this.boot,
      ...options,
      scenario: { ...this.boot.scenario, ...options.scenario },
    };
    const marker = `${BOOT_KEY}.applied.${randomUUID()}`;
    await this.page.addInitScript(
      ({ key, marker, value }) => {
        try {
          if (sessionStorage.getItem(marker)) return;
          sessionStorage.setItem(marker, '1');
          localStorage.setItem(key, value);
        } catch {
          // about:blank and other opaque origins have no storage; the app's page will.
        }
      },
      { key: BOOT_KEY, marker, value: JSON.stringify(this.boot) },
    );
  }

  reset = () => this.call('reset');
  clearScenario = () => this.call('clearScenario');
  signOut = () => this.call('signOut');
  setScenario = (partial: ScenarioPatch) => this.call('setScenario', partial);
  setLargeDataset = (on: boolean) => this.call('setLargeDataset', on);
  signInAs = (userId: string) => this.call('signInAs', userId);
  /**
   * A tenant of a self-hosted application presses Deny now; throws unless a switch that needs
   * app credentials is provisioning it. Administrators and operators get a message.
   */
  denyTenant = (applicationId: string, tenantId: string) =>
    this.call('denyTenant', applicationId, tenantId);
  /** The tenant will press Deny as soon as the next switch e-mails it; `on: false` undoes it. */
  presetTenantDenial = (applicationId: string, tenantId: string, on = true) =>
    this.call('presetTenantDenial', applicationId, tenantId, on);
  /**
   * A server's agent loses sudo (`noSudo`), a step fails once (`failStep`), or `check` finds a
   * service unhealthy (`unhealthyService`); `{}` clears them.
   */
  serverFaults = (serverId: string, faults: ServerFaults) =>
    this.call('serverFaults', serverId, faults);
  /**
   * In a platform environment (or LifeTime, by its id), once each: modules preparation stops at
   * a module (`modulePreparationFailsAt: 'ClaimsPortal_CS'`: an application's modules are its
   * name without spaces, then _CS, _BL, _IS, _Th, _Pat, _API, _Lib, _Sync, _CW, _Eng, _Rpt,
   * _Batch), the installer fails (`installerFails`), the admin refuses (`approvalRefused`).
   */
  platformFaults = (environmentId: string, faults: PlatformFaults) =>
    this.call('platformFaults', environmentId, faults);
  /** The browser's storage refuses the simulator's saves, as when it is full; `false` undoes it. */
  storageFull = (on: boolean) => this.call('storageFull', on);

  /** A JSON snapshot of the simulator's whole database: assert what the backend stored. */
  async state(): Promise<Db> {
    await this.ready();
    return (await this.page.evaluate(() =>
      (window as unknown as { upshiftSimulator: SimulatorHandle }).upshiftSimulator.state(),
    )) as Db;
  }

  /**
   * Calls the API from inside the page, as the signed-in person in another tab would: the
   * simulator answers exactly as it answers the console. A 4xx/5xx answer is logged by Chromium
   * as "Failed to load resource", so a spec expecting one allows that console error.
   */
  async api({ method, path, body, headers = {} }: ApiCall): Promise<ApiAnswer> {
    await this.ready();
    return this.page.evaluate(
      async (call) => {
        const response = await fetch(`/api/v1${call.path}`, {
          method: call.method,
          headers: { 'Content-Type': 'application/json', ...call.headers },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
        });
        const text = await response.text();
        return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
      },
      { method, path, body, headers },
    );
  }

  /** Resolves once the app has started the simulator. */
  async ready(): Promise<void> {
    await this.page.waitForFunction(() => 'upshiftSimulator' in window, undefined, {
      timeout: 10_000,
    });
  }

  private async call<K extends Exclude<keyof SimulatorHandle, 'state'>>(
    command: K,
    ...args: Parameters<SimulatorHandle[K]>
  ): Promise<void> {
    await this.ready();
    // Runs in the browser: only its arguments cross over, so nothing from this module is used.
    await this.page.evaluate(
      async ({ name, values }) => {
        const simulator = (
          window as unknown as {
            upshiftSimulator: Record<string, (...a: unknown[]) => Promise<unknown>>;
          }
        ).upshiftSimulator;
        const method = simulator[name];
        if (typeof method !== 'function')
          throw new Error(`window.upshiftSimulator.${name} is not a function`);
        await method(...values);
      },
      { name: command, values: args },
    );
  }
}
