import { defaultScenario, type Scenario } from './core/scenario';
import { generateApplications } from './applications/seed';
import { completeSavedDb, createSeedDb, type Db } from './db';
import { laidAt } from './core/seed-random';

export interface Storage {
  load(): string | null;
  /** Throws when the text cannot be stored (e.g. the browser's quota is used up). */
  save(text: string): void;
}

/** Whether the last change reached storage: after a failed save, a reload loses changes. */
export type SaveState = 'saved' | 'failed';

const memory: Storage = { load: () => null, save: () => undefined };

/** 2: the seed's dates are counted back from `settings.seededAt`; 3: servers; 4: platform. */
const SCHEMA_VERSION = 4;

/**
 * The simulator's whole state and the few things one may do to it from outside the API:
 * reset, switch scenario, sign in as someone. Handlers read and write `simulator.db`.
 */
class Simulator {
  /**
   * The simulator's one clock: operations advance on it and the seed's dates are counted back
   * from it. Tests replace it (or fix `Date`) so nothing depends on today's date.
   */
  now: () => number = () => Date.now();

  /**
   * The state, seeded on first use: `attach` (the browser's start, the HTTP server's) replaces it
   * before anything reads it, and a seed built here too would be built for nothing (about 50 ms
   * of a standalone page's start at 4x CPU).
   */
  get db(): Db {
    return (this.current ??= createSeedDb(this.now()));
  }

  set db(db: Db) {
    this.current = db;
  }

  private current: Db | undefined;
  private storage: Storage = memory;
  saveState: SaveState = 'saved';
  private saveListeners = new Set<() => void>();

  /**
   * Takes the state `storage` holds, or the seed when it holds none. What it cannot read is
   * replaced by the seed too, unless `strict` (the HTTP server's data file): then it throws why.
   */
  attach(storage: Storage, { strict = false } = {}) {
    const text = storage.load();
    const saved = text ? (strict ? this.decode(text) : this.parse(text)) : null;
    this.storage = storage;
    this.db = saved ?? createSeedDb(this.now());
  }

  reset(options: { largeDataset?: boolean } = {}) {
    const scenario = this.db.scenario;
    this.db = createSeedDb(this.now(), options);
    this.db.scenario = scenario;
    this.persist();
  }

  setScenario(partial: Partial<Scenario>) {
    this.db.scenario = { ...this.db.scenario, ...partial };
    this.persist();
  }

  clearScenario() {
    this.db.scenario = { ...defaultScenario };
    this.persist();
  }

  setLargeDataset(on: boolean) {
    if (this.db.settings.largeDataset === on) return;
    this.db.settings.largeDataset = on;
    this.db.applications = this.db.applications.filter((a) => !a.generated);
    if (on) this.db.applications.push(...this.generated(this.db));
    this.persist();
  }

  signInAs(userId: string | null) {
    if (userId !== null && !this.db.users.some((u) => u.id === userId)) {
      throw new Error(`No such user: ${userId}`);
    }
    this.db.session.userId = userId;
    this.persist();
  }

  /**
   * Generated rows are rebuilt from their seed on load; only changed ones are saved. Platform
   * releases never change: they come from the seed too.
   */
  persist() {
    const applications = this.db.applications.filter((a) => !a.generated || a.revision > 1);
    let state: SaveState = 'saved';
    try {
      this.storage.save(
        JSON.stringify({
          version: SCHEMA_VERSION,
          db: { ...this.db, applications, platformReleases: undefined },
        }),
      );
    } catch {
      // The simulator goes on in memory; the console tells the user a reload would lose this.
      state = 'failed';
    }
    this.setSaveState(state);
  }

  /** A save that storage refused later (the service worker's writes are asynchronous). */
  saveFailed() {
    this.setSaveState('failed');
  }

  private setSaveState(state: SaveState) {
    if (state === this.saveState) return;
    this.saveState = state;
    for (const listener of this.saveListeners) listener();
  }

  /** Calls `listener` whenever `saveState` changes; returns the unsubscribe. */
  onSaveStateChange(listener: () => void): () => void {
    this.saveListeners.add(listener);
    return () => this.saveListeners.delete(listener);
  }

  private parse(text: string): Db | null {
    try {
      return this.decode(text);
    } catch {
      return null;
    }
  }

  /** Throws, saying why, when the text is not state this version of the simulator saved. */
  private decode(text: string): Db {
    const saved = JSON.parse(text) as { version?: unknown; db?: Db };
    if (saved.version !== SCHEMA_VERSION) {
      throw new Error(
        `it holds state version ${String(saved.version)}; this simulator reads version ${String(SCHEMA_VERSION)}`,
      );
    }
    if (typeof saved.db?.settings.seededAt !== 'number') throw new Error('it holds no db');
    const db = completeSavedDb(saved.db);
    if (db.settings.largeDataset) {
      const changed = new Map(db.applications.filter((a) => a.generated).map((a) => [a.id, a]));
      db.applications = db.applications.filter((a) => !a.generated);
      db.applications.push(...this.generated(db).map((a) => changed.get(a.id) ?? a));
    }
    return db;
  }

  /** The large dataset, dated from the same instant as the rest of the seed. */
  private generated(db: Db) {
    return laidAt(db.settings.seededAt, () => generateApplications(db.projects));
  }
}

export const simulator = new Simulator();
