import type {
  Hosting,
  LifeTime,
  ModulePreparation,
  PlatformEnvironment,
  Zone,
} from '@/contract/platform';
import { canStage } from '../../environment-rules';

export const hostingLabels: Record<Hosting, string> = {
  cloud: 'Cloud',
  'self-managed': 'Self-managed',
};

const frontEnds = (n: number) => `${String(n)} ${n === 1 ? 'front-end' : 'front-ends'}`;

/** "2 zones × 2 front-ends"; zones of different sizes are named: "Zone A: 2, Zone B: 1 front-end". */
export function frontEndsText(zones: readonly Zone[]): string {
  if (zones.length === 0) return 'No zone';
  const counts = zones.map((z) => z.frontEnds.length);
  const first = counts[0] ?? 0;
  if (counts.every((c) => c === first)) {
    return `${String(zones.length)} ${zones.length === 1 ? 'zone' : 'zones'} × ${frontEnds(first)}`;
  }
  return zones.map((z) => `${z.name}: ${frontEnds(z.frontEnds.length)}`).join(', ');
}

export function maintenanceText(on: boolean): string {
  return on ? 'On' : 'Off';
}

/** Where modules preparation stands, in words; its progress bar says the running part. */
export function modulePreparationText(prep: ModulePreparation | null): string {
  if (!prep) return 'Not needed';
  switch (prep.status) {
    case 'not-started':
      return 'Not started';
    case 'running':
      return `${String(prep.prepared)} of ${String(prep.total)} modules prepared`;
    case 'done':
      return `Done: ${String(prep.total)} modules`;
    case 'failed':
      return `Failed at ${prep.failedModule ?? 'a module'} (${String(prep.prepared)} of ${String(prep.total)})`;
  }
}

/** "Staging blocked: 11.19.0 → 11.10.0" between neighbours on different versions; else null. */
export function stagingBlockedText(
  before: PlatformEnvironment,
  env: PlatformEnvironment,
): string | null {
  return canStage(before.platformVersion, env.platformVersion)
    ? null
    : `Staging blocked: ${before.platformVersion} → ${env.platformVersion}`;
}

/** "Dedicated environment" or "Inside Production (not dedicated)". */
export function lifeTimePlace(
  lifeTime: LifeTime,
  environments: readonly PlatformEnvironment[],
): string {
  if (lifeTime.dedicated) return 'Dedicated environment';
  const host = environments.find((e) => e.id === lifeTime.hostEnvironmentId);
  return `Inside ${host?.name ?? 'an application environment'} (not dedicated)`;
}

export function inStagingOrder(
  environments: readonly PlatformEnvironment[],
): PlatformEnvironment[] {
  return [...environments].sort((a, b) => a.stagingOrder - b.stagingOrder);
}
