import { VERSION_PATTERN } from '@/contract/common';

/**
 * Template and server versions compare segment by segment as numbers (seed "Application template
 * upgrade": "Rainbond distinguishes old and new versions by comparing the version number
 * numbers"), so 1.10 > 1.9 > 1.1 > 1.0 and 3.8.1 > 3.7.2. A missing segment counts as 0: 1.1 and
 * 1.1.0 are the same version.
 */
export function isVersion(version: string): boolean {
  return VERSION_PATTERN.test(version);
}

/** The numeric segments of a version; throws on anything that is not one. */
export function parseVersion(version: string): number[] {
  if (!isVersion(version)) throw new Error(`Not a version: "${version}"`);
  return version.split('.').map(Number);
}

/** Negative when a is lower than b, positive when higher, 0 when the same version. */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0 ? 1 : -1;
  }
  return 0;
}

/** The one spelling of a version's value: trailing zero segments dropped (1.1.0 → 1.1). */
export function canonicalVersion(version: string): string {
  const parts = parseVersion(version);
  while (parts.length > 1 && parts.at(-1) === 0) parts.pop();
  return parts.join('.');
}

export function sortVersionsNewestFirst(versions: readonly string[]): string[] {
  return [...versions].sort((a, b) => compareVersions(b, a));
}

export function latestVersionOf(versions: readonly string[]): string | undefined {
  return versions.reduce<string | undefined>(
    (best, v) => (best === undefined || compareVersions(v, best) > 0 ? v : best),
    undefined,
  );
}

/** The versions higher than `current`, newest first. */
export function versionsAfter(versions: readonly string[], current: string): string[] {
  return sortVersionsNewestFirst(versions.filter((v) => compareVersions(v, current) > 0));
}

/** What to suggest after `latest`: its last segment plus one (1.9 → 1.10). */
export function suggestNextVersion(latest: string): string {
  const parts = parseVersion(latest);
  const last = parts.length - 1;
  parts[last] = (parts[last] ?? 0) + 1;
  return parts.join('.');
}
