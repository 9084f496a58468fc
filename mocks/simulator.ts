import { defaultScenario, type Db, type Scenario } from './db';
import { generateApplications } from './seed/applications';
import { createSeedDb } from './seed/index';

export interface Storage {
  load(): string | null;
  save(text: string): void;
}

const memory: Storage = { load: () => null, save: () => undefined };

const SCHEMA_VERSION = 1;

/**
 * The simulator's whole state and the few things one may do to it from outside the API:
 * reset, switch scenario, sign in as someone. Handlers read and write `simulator.db`.
 */
class Simulator {
  db: Db = createSeedDb();
  private storage: Storage = memory;

  /** Replace the clock in tests; operations advance on it. */
  now: () => number = () => Date.now();

  attach(storage: Storage) {
    this.storage = storage;
    this.db = this.restore() ?? createSeedDb();
  }

  reset(options: { largeDataset?: boolean } = {}) {
    const scenario = this.db.scenario;
    this.db = createSeedDb(options);
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
    if (on) this.db.applications.push(...generateApplications(this.db.projects));
    this.persist();
  }

  signInAs(userId: string | null) {
    if (userId !== null && !this.db.users.some((u) => u.id === userId)) {
      throw new Error(`No such user: ${userId}`);
    }
    this.db.session.userId = userId;
    this.persist();
  }

  /** Generated rows are rebuilt from their seed on load; only changed ones are saved. */
  persist() {
    const applications = this.db.applications.filter((a) => !a.generated || a.revision > 1);
    this.storage.save(
      JSON.stringify({ version: SCHEMA_VERSION, db: { ...this.db, applications } }),
    );
  }

  private restore(): Db | null {
    const text = this.storage.load();
    if (!text) return null;
    try {
      const saved = JSON.parse(text) as { version: number; db: Db };
      if (saved.version !== SCHEMA_VERSION) return null;
      const db = { ...createSeedDb(), ...saved.db };
      if (db.settings.largeDataset) {
        const changed = new Map(db.applications.filter((a) => a.generated).map((a) => [a.id, a]));
        db.applications = db.applications.filter((a) => !a.generated);
        db.applications.push(
          ...generateApplications(db.projects).map((a) => changed.get(a.id) ?? a),
        );
      }
      return db;
    } catch {
      return null;
    }
  }
}

export const simulator = new Simulator();
