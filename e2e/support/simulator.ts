import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import type { Db, Scenario } from '../../mocks/db';

/** The seeded people of the standalone user switcher, one per console role. */
export const personas = {
  admin: 'u-admin',
  operator: 'u-operator',
  productOwner: 'u-product-owner',
  viewer: 'u-viewer',
} as const;
export type PersonaId = (typeof personas)[keyof typeof personas];

export type ScenarioPatch = Partial<Scenario>;

/** What the simulator reads once at start from localStorage (see mocks/browser.ts). */
export interface SimulatorBoot {
  userId?: string;
  largeDataset?: boolean;
  scenario?: ScenarioPatch;
}

/** `window.upshiftSimulator`, exposed by the standalone simulator (mocks/browser.ts). */
interface SimulatorHandle {
  reset(): void;
  setScenario(partial: ScenarioPatch): void;
  clearScenario(): void;
  setLargeDataset(on: boolean): void;
  signInAs(userId: string): void;
  signOut(): void;
  state(): unknown;
}

export const BOOT_KEY = 'upshift.simulator.boot';

/**
 * Drives the in-browser simulator of an e2e build. `bootSimulator()` presets it before the app
 * starts; the other methods act on the running app's simulator (the UI does not refetch by
 * itself: reload or navigate afterwards to see the effect).
 */
export class SimulatorControl {
  constructor(private readonly page: Page) {}

  /**
   * Preset the simulator before the app loads: call before the first `page.goto`. Applied once
   * per tab, so a later reload keeps whatever the test changed since.
   */
  async bootSimulator(options: SimulatorBoot): Promise<void> {
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
      { key: BOOT_KEY, marker, value: JSON.stringify(options) },
    );
  }

  reset = () => this.call('reset');
  clearScenario = () => this.call('clearScenario');
  signOut = () => this.call('signOut');
  setScenario = (partial: ScenarioPatch) => this.call('setScenario', partial);
  setLargeDataset = (on: boolean) => this.call('setLargeDataset', on);
  signInAs = (userId: string) => this.call('signInAs', userId);

  /** A JSON snapshot of the simulator's whole database: assert what the backend stored. */
  async state(): Promise<Db> {
    await this.ready();
    return (await this.page.evaluate(() =>
      (window as unknown as { upshiftSimulator: SimulatorHandle }).upshiftSimulator.state(),
    )) as Db;
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
      ({ name, values }) => {
        const simulator = (
          window as unknown as { upshiftSimulator: Record<string, (...a: unknown[]) => unknown> }
        ).upshiftSimulator;
        const method = simulator[name];
        if (typeof method !== 'function')
          throw new Error(`window.upshiftSimulator.${name} is not a function`);
        method(...values);
      },
      { name: command, values: args },
    );
  }
}
