import type { ReleaseImage, ServerRelease } from '@/contract/servers';
import { seedTime } from '../core/seed-random';

const DAY = 60 * 24;
const REGISTRY = 'europe-west1-docker.pkg.dev/appcircle/docker-registry';

/** The services of an Appcircle server, as `version` lists them (simulated names). */
export const SERVICES = ['web-app', 'api', 'auth', 'build', 'distribution', 'store'] as const;

/** A stable, made-up sha256 digest: the same service and version always hash the same. */
export function digest(text: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 64; round++) {
    for (const ch of `${text}#${String(round)}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return `sha256:${out.slice(0, 64)}`;
}

function images(version: string, services: readonly string[], ownTags = false): ReleaseImage[] {
  return services.map((service, i) => ({
    service,
    image: `${REGISTRY}/${service}`,
    // Up to 3.7.1 each image carried its own version; from 3.7.2 on, the package's.
    tag: ownTags ? `1.${String(20 + i)}.${String(i)}` : version,
    hash: digest(`${service}@${version}`),
  }));
}

/**
 * Releases 3.7.1 → 3.8.1 (simulated): 3.8.0 raises the minimum runner version and updates a
 * package; 3.8.1 adds the "monitor" service with its own subdomain and a configuration option.
 */
export function seedReleases(): ServerRelease[] {
  return [
    {
      version: '3.7.1',
      publishedAt: seedTime(120 * DAY),
      notes: ['Container images now carry the version of the package they ship with.'],
      newSubdomains: [],
      configOptions: [],
      minRunnerVersion: null,
      packageUpdates: [],
      images: images('3.7.1', SERVICES, true),
    },
    {
      version: '3.7.2',
      publishedAt: seedTime(75 * DAY),
      notes: ['Fixes signing of iOS builds with more than one provisioning profile.'],
      newSubdomains: [],
      configOptions: [],
      minRunnerVersion: null,
      packageUpdates: [{ name: 'yq', version: '4.44.3' }],
      images: images('3.7.2', SERVICES),
    },
    {
      version: '3.8.0',
      publishedAt: seedTime(30 * DAY),
      notes: [
        'Builds run on the new runner protocol: runners before 1.9.0 can no longer take builds.',
        'Docker Compose is updated to 2.29.7.',
      ],
      newSubdomains: [],
      configOptions: [],
      minRunnerVersion: '1.9.0',
      packageUpdates: [{ name: 'docker-compose-plugin', version: '2.29.7' }],
      images: images('3.8.0', SERVICES),
    },
    {
      version: '3.8.1',
      publishedAt: seedTime(6 * DAY),
      notes: [
        'New service "monitor": build queue and runner health dashboards on their own subdomain.',
      ],
      newSubdomains: [{ service: 'monitor', host: 'monitor.spacetech.com' }],
      configOptions: [
        {
          key: 'monitor.enabled',
          description: 'Turns the monitor dashboards on; they need the monitor subdomain in DNS.',
          example: 'monitor:\n  enabled: true',
        },
      ],
      minRunnerVersion: null,
      packageUpdates: [],
      images: images('3.8.1', [...SERVICES, 'monitor']),
    },
  ];
}
