import type { ServerRelease } from '@/contract/servers';
import { seedTime } from '../core/seed-random';
import { seedReleases } from './seed-releases';
import { initialSteps } from '@/features/servers/runbook';
import type { ServerRecord, ServerUpgradeRecord } from './state';

const DAY = 60 * 24;

const spacetechYaml = `environment: Production
network:
  subnet: 172.18.0.0/16
external:
  scheme: https
  mainDomain: .spacetech.com
smtpSender:
  email: appcircle@spacetech.com
  host: smtp.spacetech.com
  port: 587
  username: appcircle@spacetech.com
keycloak:
  initialUsername: admin@spacetech.com
storeWeb:
  customDomain:
    enabled: false
`;

function projectFiles(project: string) {
  return [
    { path: `projects/${project}/export`, secret: false },
    { path: `projects/${project}/generated-secret.yaml`, secret: true },
    { path: `projects/${project}/global.yaml`, secret: false },
    { path: `projects/${project}/user-secret`, secret: true },
  ];
}

function installed(release: ServerRelease | undefined) {
  return (release?.images ?? []).map((i) => ({ ...i, status: 'healthy' as const }));
}

/**
 * The seed's Space Tech server on 3.7.2 (one runner below 3.8.0's minimum), Orbital Labs already
 * on the latest release, and Nova Bank, whose images were never pulled.
 */
export function seedServers(): { servers: ServerRecord[]; releases: ServerRelease[] } {
  const releases = seedReleases();
  const at = (v: string) => releases.find((r) => r.version === v);
  const server = (
    id: string,
    name: string,
    version: string | null,
    updated: number,
  ): ServerRecord => ({
    id,
    name,
    project: id,
    packageVersion: version,
    scriptVersion: version ?? '3.8.1',
    state: version ? 'running' : 'never-pulled',
    services: installed(version ? at(version) : undefined),
    lastCheckAt: version ? seedTime(updated) : null,
    runners: [],
    subdomains: [],
    files: projectFiles(id),
    configuration: {
      yaml: spacetechYaml.replaceAll('spacetech', id),
      revision: 1,
      updatedAt: seedTime(updated),
    },
    updatedAt: seedTime(updated),
    faults: {},
  });
  const spacetech = server('spacetech', 'Space Tech', '3.7.2', 20 * DAY);
  spacetech.runners = [
    { name: 'spacetech-macos-01', version: '1.9.2' },
    { name: 'spacetech-macos-02', version: '1.8.7' },
    { name: 'spacetech-linux-01', version: '1.9.0' },
  ];
  spacetech.subdomains = ['api', 'auth', 'dist', 'store', 'my'].map((sub) => ({
    service: sub,
    host: `${sub}.spacetech.com`,
  }));
  const orbital = server('orbital', 'Orbital Labs', '3.8.1', 4 * DAY);
  orbital.runners = [{ name: 'orbital-macos-01', version: '1.9.4' }];
  const nova = server('novabank', 'Nova Bank', null, 2 * DAY);
  return { servers: [spacetech, orbital, nova], releases };
}

/** Space Tech's last upgrade, 3.7.1 → 3.7.2 twenty days ago, run here by the operator. */
export function seedServerUpgrades(servers: ServerRecord[], releases: ServerRelease[]) {
  const spacetech = servers.find((s) => s.id === 'spacetech');
  const before = releases.find((r) => r.version === '3.7.1');
  const after = releases.find((r) => r.version === '3.7.2');
  if (!spacetech || !before || !after) return [];
  const started = 20 * DAY + 45;
  const minutes = [40, 38, 35, 34, 34, 33, 31, 29, 28, 28];
  const steps = initialSteps('spacetech', '3.7.2').map((step, i) => ({
    ...step,
    status: step.id === 'dns' ? ('skipped' as const) : ('done' as const),
    startedAt: seedTime(20 * DAY + (minutes[i] ?? 28) + 1),
    finishedAt: seedTime(20 * DAY + (minutes[i] ?? 28)),
    log: step.id === 'dns' ? [] : ['Finished.'],
  }));
  const hashes = (images: ServerRelease['images']) =>
    images.map(({ service, tag, hash }) => ({ service, tag, hash }));
  const upgrade: ServerUpgradeRecord = {
    id: 'spacetech-up-0',
    serverId: 'spacetech',
    project: 'spacetech',
    from: '3.7.1',
    to: '3.7.2',
    downgrade: false,
    mode: 'run-here',
    status: 'completed',
    steps,
    operationId: null,
    failure: null,
    configuration: 'kept',
    dnsConfirmed: [],
    scheduledAt: null,
    downAt: seedTime(20 * DAY + 33),
    upAt: seedTime(20 * DAY + 30),
    hashesBefore: hashes(before.images),
    hashesAfter: hashes(after.images),
    runnersBelowMinimum: [],
    minRunnerVersion: null,
    newSubdomains: [],
    startedBy: { id: 'u-operator', name: 'Olivia Park' },
    startedAt: seedTime(started),
    finishedAt: seedTime(20 * DAY + 28),
    configurationRevisionAtStart: 1,
  };
  return [upgrade];
}
