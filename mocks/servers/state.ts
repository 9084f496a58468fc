import type { RunbookStepId, ServerUpgrade } from '@/contract/server-upgrades';
import type {
  ProjectFile,
  Runner,
  ServerRelease,
  ServerService,
  ServerState,
  Subdomain,
} from '@/contract/servers';
import type * as z from 'zod/mini';

/** What QA can make go wrong on one server (window.upshiftSimulator.serverFaults). */
export interface ServerFaults {
  /** Step 2 fails: the agent's user may not run sudo. */
  noSudo?: boolean;
  /** This step fails the next time it runs (once). */
  failStep?: RunbookStepId;
  /** `check` reports this service unhealthy (until cleared). */
  unhealthyService?: string;
}

export interface ServerRecord {
  id: string;
  name: string;
  project: string;
  packageVersion: string | null;
  scriptVersion: string;
  state: ServerState;
  services: ServerService[];
  lastCheckAt: string | null;
  runners: Runner[];
  subdomains: Subdomain[];
  files: z.infer<typeof ProjectFile>[];
  configuration: { yaml: string; revision: number; updatedAt: string };
  updatedAt: string;
  faults: ServerFaults;
}

export interface ServerUpgradeRecord extends ServerUpgrade {
  /** The configuration revision when the upgrade started: a later one means "edited". */
  configurationRevisionAtStart: number;
  /** Who confirmed a scheduled apply: the operation runs in their name. */
  scheduledBy?: { id: string; name: string };
}

export interface ServersState {
  servers: ServerRecord[];
  serverReleases: ServerRelease[];
  serverUpgrades: ServerUpgradeRecord[];
}

export function findServer(db: ServersState, id: string): ServerRecord | undefined {
  return db.servers.find((s) => s.id === id);
}
