import {
  LEGACY_APPS,
  LEGACY_FORGE,
  NORTHWIND_APPS,
  NORTHWIND_FORGE,
  NOT_IN_PRODUCTION,
} from './seed-apps';
import { environment, sprints, zone, type EnvironmentSeed } from './seed-environment-kit';
import { seedPlatformReleases } from './seed-releases';
import type { EnvironmentRecord, InfrastructureRecord, PlatformState } from './state';

function northwind(): { infrastructure: InfrastructureRecord; environments: EnvironmentRecord[] } {
  const base = { infrastructureId: 'northwind', version: '11.10.0', forge: NORTHWIND_FORGE };
  const seeds: EnvironmentSeed[] = [
    {
      ...base,
      id: 'nw-dev',
      name: 'Development',
      role: 'development',
      hosting: 'cloud',
      zones: [zone('Global', 'nw-dev-fe1')],
      apps: NORTHWIND_APPS,
      developers: 24,
      updatedDaysAgo: 3,
    },
    {
      ...base,
      id: 'nw-test',
      name: 'Testing',
      role: 'testing',
      hosting: 'cloud',
      zones: [zone('Global', 'nw-test-fe1')],
      apps: NORTHWIND_APPS,
      developers: 4,
      updatedDaysAgo: 5,
    },
    {
      ...base,
      id: 'nw-preprod',
      name: 'Pre-Production',
      role: 'pre-production',
      hosting: 'self-managed',
      zones: [zone('Internal', 'nw-pp-fe1'), zone('External', 'nw-pp-fe2')],
      apps: NORTHWIND_APPS,
      developers: 2,
      updatedDaysAgo: 9,
    },
    {
      ...base,
      id: 'nw-prod',
      name: 'Production',
      role: 'production',
      hosting: 'self-managed',
      zones: [
        zone('Internal', 'nw-prod-fe1', 'nw-prod-fe2'),
        zone('External', 'nw-prod-fe3', 'nw-prod-fe4'),
      ],
      apps: NORTHWIND_APPS.filter((a) => !NOT_IN_PRODUCTION.includes(a.name)),
      developers: 0,
      updatedDaysAgo: 12,
    },
  ];
  return {
    infrastructure: {
      id: 'northwind',
      name: 'Northwind',
      lifeTime: {
        id: 'northwind-lifetime',
        version: '11.19.0',
        dedicated: true,
        hostEnvironmentId: null,
        hosting: 'self-managed',
      },
      sprints: sprints(),
    },
    environments: seeds.map((s, i) => environment(s, i + 1)),
  };
}

/** Everything on 9.1, LifeTime inside Production: upgrading to 11 starts with LifeTime. */
function legacy(): { infrastructure: InfrastructureRecord; environments: EnvironmentRecord[] } {
  const base = {
    infrastructureId: 'legacy',
    version: '9.1',
    hosting: 'self-managed' as const,
    apps: LEGACY_APPS,
    forge: LEGACY_FORGE,
  };
  const seeds: EnvironmentSeed[] = [
    {
      ...base,
      id: 'legacy-dev',
      name: 'Development',
      role: 'development',
      zones: [zone('Global', 'lg-dev-fe1')],
      developers: 6,
      updatedDaysAgo: 40,
    },
    {
      ...base,
      id: 'legacy-qa',
      name: 'Quality',
      role: 'testing',
      zones: [zone('Global', 'lg-qa-fe1')],
      developers: 1,
      updatedDaysAgo: 60,
    },
    {
      ...base,
      id: 'legacy-prod',
      name: 'Production',
      role: 'production',
      zones: [zone('Global', 'lg-prod-fe1', 'lg-prod-fe2')],
      developers: 0,
      updatedDaysAgo: 90,
    },
  ];
  return {
    infrastructure: {
      id: 'legacy',
      name: 'Legacy',
      lifeTime: {
        id: 'legacy-lifetime',
        version: '9.1',
        dedicated: false,
        hostEnvironmentId: 'legacy-prod',
        hosting: 'self-managed',
      },
      sprints: [],
    },
    environments: seeds.map((s, i) => environment(s, i + 1)),
  };
}

/** Northwind on 11.10.0 (LifeTime already on 11.19.0), Legacy on 9.1; no plan open. */
export function seedPlatform(): PlatformState {
  const infrastructures = [northwind(), legacy()];
  return {
    infrastructures: infrastructures.map((i) => i.infrastructure),
    platformEnvironments: infrastructures.flatMap((i) => i.environments),
    platformReleases: seedPlatformReleases(),
    upgradePlans: [],
    stagings: [],
    platformFaults: {},
  };
}
