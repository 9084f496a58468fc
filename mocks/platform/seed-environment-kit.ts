import type { EnvironmentRole, Hosting, PlatformApp, Sprint, Zone } from '@/contract/platform';
import { seedTime } from '../core/seed-random';
import type { EnvironmentRecord } from './state';

const DAY = 60 * 24;
const DAY_MS = 24 * 60 * 60_000;

export function zone(name: string, ...frontEnds: string[]): Zone {
  return { name, frontEnds: frontEnds.map((fe) => ({ name: fe, enabled: true })) };
}

export interface EnvironmentSeed {
  id: string;
  infrastructureId: string;
  name: string;
  role: EnvironmentRole;
  version: string;
  hosting: Hosting;
  zones: Zone[];
  apps: PlatformApp[];
  developers: number;
  forge: EnvironmentRecord['forgeComponents'];
  updatedDaysAgo: number;
}

export function environment(seed: EnvironmentSeed, stagingOrder: number): EnvironmentRecord {
  return {
    id: seed.id,
    infrastructureId: seed.infrastructureId,
    name: seed.name,
    role: seed.role,
    stagingOrder,
    platformVersion: seed.version,
    hosting: seed.hosting,
    zones: seed.zones,
    maintenanceMode: false,
    modulePreparation: null,
    apps: seed.apps,
    forgeComponents: seed.forge,
    developers: seed.developers,
    updatedAt: seedTime(seed.updatedDaysAgo * DAY),
  };
}

/**
 * Development sprints counted from the Monday of the seed's week: Sprint 40 next week, then an
 * upgrade window, Sprint 41 (2026-12-07 → 2026-12-18 when the seed is laid on 2026-11-02) and
 * Sprint 42 after the holidays.
 */
export function sprints(): Sprint[] {
  const laid = new Date(seedTime(0));
  const dayStart = Date.UTC(laid.getUTCFullYear(), laid.getUTCMonth(), laid.getUTCDate());
  const monday = dayStart - ((laid.getUTCDay() + 6) % 7) * DAY_MS;
  const sprint = (name: string, startDay: number): Sprint => ({
    name,
    startsAt: new Date(monday + startDay * DAY_MS).toISOString(),
    // Friday of the following week, end of the day.
    endsAt: new Date(monday + (startDay + 12) * DAY_MS - 60_000).toISOString(),
  });
  return [sprint('Sprint 40', 7), sprint('Sprint 41', 35), sprint('Sprint 42', 63)];
}
