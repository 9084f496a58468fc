import type { BreakingChange } from '@/contract/platform';
import { compareVersions } from '@/lib/version-compare';

interface Versioned {
  version: string;
}

/**
 * The releases an upgrade crosses: every one above `from` up to and including `to`, oldest first
 * (seed: "if you're upgrading from OutSystems platform 9.1 to 11, read the breaking changes for
 * versions 10 and 11"). Empty when `to` is not higher than `from`.
 */
export function crossedReleases<R extends Versioned>(
  releases: readonly R[],
  from: string,
  to: string,
): R[] {
  return releases
    .filter((r) => compareVersions(r.version, from) > 0 && compareVersions(r.version, to) <= 0)
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** Every breaking change and side effect of the crossed releases, in release order. */
export function crossedChanges(
  releases: readonly (Versioned & { breakingChanges: readonly BreakingChange[] })[],
  from: string,
  to: string,
): BreakingChange[] {
  return crossedReleases(releases, from, to).flatMap((r) => r.breakingChanges);
}
