import type {
  ConfigOption,
  PackageUpdate,
  Runner,
  ServerRelease,
  Subdomain,
} from '@/contract/servers';
import { compareVersions } from '@/lib/version-compare';

/**
 * What moving a server from one package version to another involves (seed "Upgrade Server"):
 * every release crossed, their notes merged into one checklist. One pure function, used by the
 * screens to show the plan and by the simulator to refuse what the plan says is unsafe.
 */

/** Seed: "After version 3.7.1, the container image versions … will be the same version of the
 * Appcircle zip package you downloaded", so an older zip is a downgrade. */
export const IMAGES_FOLLOW_PACKAGE_AFTER = '3.7.1';

export type UpgradeDirection = 'upgrade' | 'same' | 'downgrade';

type From<T> = T & { version: string };
/** A package update keeps its own version; the release that brings it is `release`. */
export type PlannedPackageUpdate = PackageUpdate & { release: string };

export interface ImageChange {
  service: string;
  image: string;
  fromTag: string | null;
  fromHash: string | null;
  toTag: string;
  toHash: string;
}

export interface ServerUpgradePlan {
  /** Null when no images were ever pulled. */
  current: string | null;
  target: string;
  direction: UpgradeDirection;
  /** Upgrade: (current, target], oldest first. Downgrade: (target, current], newest first. */
  crossed: string[];
  notes: From<{ text: string }>[];
  configOptions: From<ConfigOption>[];
  newSubdomains: From<Subdomain>[];
  /** The highest minimum runner version among the releases crossed upwards. */
  minRunnerVersion: string | null;
  runnersBelow: Runner[];
  /** The newest version of each package any crossed release updates. */
  packageUpdates: PlannedPackageUpdate[];
  imageChanges: ImageChange[];
}

const byVersion = (a: { version: string }, b: { version: string }) =>
  compareVersions(a.version, b.version);

/** The image tag a release runs: its own version once images follow the package. */
export function imageTag(release: ServerRelease, tag: string): string {
  return compareVersions(release.version, IMAGES_FOLLOW_PACKAGE_AFTER) > 0 ? release.version : tag;
}

export function directionOf(current: string | null, target: string): UpgradeDirection {
  if (current === null) return 'upgrade';
  const order = compareVersions(target, current);
  return order > 0 ? 'upgrade' : order < 0 ? 'downgrade' : 'same';
}

export function findRelease(releases: readonly ServerRelease[], version: string) {
  return releases.find((r) => compareVersions(r.version, version) === 0);
}

function uniqueReleases(releases: readonly ServerRelease[]): ServerRelease[] {
  const seen = new Map<string, ServerRelease>();
  for (const r of [...releases].sort(byVersion)) seen.set(r.version, r);
  return [...seen.values()];
}

function imageChanges(from: ServerRelease | undefined, to: ServerRelease): ImageChange[] {
  return to.images.flatMap((image) => {
    const before = from?.images.find((i) => i.service === image.service);
    const change: ImageChange = {
      service: image.service,
      image: image.image,
      fromTag: before && from ? imageTag(from, before.tag) : null,
      fromHash: before?.hash ?? null,
      toTag: imageTag(to, image.tag),
      toHash: image.hash,
    };
    return change.fromHash === change.toHash && change.fromTag === change.toTag ? [] : [change];
  });
}

function highestMinimum(crossed: readonly ServerRelease[]): string | null {
  return crossed.reduce<string | null>((best, r) => {
    const min = r.minRunnerVersion;
    return min !== null && (best === null || compareVersions(min, best) > 0) ? min : best;
  }, null);
}

/** Keeps the newest entry of each package name (the one of the newest release). */
function latestPackages(updates: PlannedPackageUpdate[]): PlannedPackageUpdate[] {
  const byName = new Map<string, PlannedPackageUpdate>();
  const byRelease = (a: PlannedPackageUpdate, b: PlannedPackageUpdate) =>
    compareVersions(a.release, b.release);
  for (const u of [...updates].sort(byRelease)) byName.set(u.name, u);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * The plan from `current` to `target`. Throws when `target` is not a known release: callers check
 * with `findRelease` first (the API answers 422 naming the latest).
 */
export function planServerUpgrade(
  current: string | null,
  target: string,
  releases: readonly ServerRelease[],
  runners: readonly Runner[],
): ServerUpgradePlan {
  const all = uniqueReleases(releases);
  const to = findRelease(all, target);
  if (!to) throw new Error(`Unknown release ${target}`);
  const direction = directionOf(current, target);
  const inRange = (low: string | null, high: string) =>
    all.filter(
      (r) =>
        (low === null ? r === to : compareVersions(r.version, low) > 0) &&
        compareVersions(r.version, high) <= 0,
    );
  const up = direction === 'upgrade' ? inRange(current, target) : [];
  const undone = direction === 'downgrade' && current ? inRange(target, current).reverse() : [];
  const minRunnerVersion = highestMinimum(up);
  const tagged = <T extends object>(r: ServerRelease, items: readonly T[]) =>
    items.map((item) => ({ ...item, version: r.version }));
  return {
    current,
    target: to.version,
    direction,
    crossed: [...up, ...undone].map((r) => r.version),
    notes: up.flatMap((r) =>
      tagged(
        r,
        r.notes.map((text) => ({ text })),
      ),
    ),
    configOptions: up.flatMap((r) => tagged(r, r.configOptions)),
    newSubdomains: up.flatMap((r) => tagged(r, r.newSubdomains)),
    minRunnerVersion,
    runnersBelow:
      minRunnerVersion === null
        ? []
        : runners.filter((runner) => compareVersions(runner.version, minRunnerVersion) < 0),
    packageUpdates: latestPackages(
      up.flatMap((r) => r.packageUpdates.map((u) => ({ ...u, release: r.version }))),
    ),
    imageChanges: imageChanges(current === null ? undefined : findRelease(all, current), to),
  };
}
