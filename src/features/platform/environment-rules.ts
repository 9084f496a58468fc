import type { Zone } from '@/contract/platform';
import type { Strategy } from '@/contract/platform-plans';
import { compareVersions } from '@/lib/version-compare';

/** "You can't stage applications between environments in different versions." */
export function canStage(fromVersion: string, toVersion: string): boolean {
  return compareVersions(fromVersion, toVersion) === 0;
}

/** Zero-downtime upgrades half the front-ends of each zone at a time, so each zone needs two. */
export const MIN_FRONT_ENDS_PER_ZONE = 2;

/**
 * Why zero-downtime is impossible here: "your environment requires multiple Front Ends in each
 * OutSystems Zone". The first zone short of them, or null when every zone has enough.
 */
export function zeroDowntimeBlocker(zones: readonly Zone[]): string | null {
  if (zones.length === 0) return 'no zone';
  const short = zones.find((z) => z.frontEnds.length < MIN_FRONT_ENDS_PER_ZONE);
  return short ? short.name : null;
}

export function zeroDowntimeRefusal(environmentName: string, zone: string): string {
  return `Zero-downtime needs at least ${String(MIN_FRONT_ENDS_PER_ZONE)} front-ends in every zone; ${environmentName}'s ${zone} has fewer. Use a downtime upgrade.`;
}

/** The seed's own words for what each strategy costs. */
export const STRATEGY_TEXT: Record<Strategy, { label: string; consequence: string }> = {
  downtime: {
    label: 'Downtime',
    consequence:
      'The environment is stopped and end-users kept out; a rollback can happen with no data loss.',
  },
  'zero-downtime': {
    label: 'Zero-downtime',
    consequence:
      'Front-ends are upgraded half at a time behind the load balancer; if you need to rollback, you will most certainly have data loss.',
  },
};
