/**
 * Ordering of semantic versions (semver.org §11): numbers compare as numbers, so 2.10.0 > 2.9.1,
 * and a pre-release sorts before its release (3.0.0-rc.1 < 3.0.0). Build metadata is ignored.
 */
interface Parsed {
  core: [number, number, number];
  pre: string[];
}

const pattern = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

function parse(version: string): Parsed {
  const match = pattern.exec(version);
  if (!match) throw new Error(`Not a semantic version: "${version}"`);
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: match[4] ? match[4].split('.') : [],
  };
}

export function isSemanticVersion(version: string): boolean {
  return pattern.test(version);
}

const numeric = /^\d+$/;

function compareIdentifiers(a: string, b: string): number {
  const an = numeric.test(a);
  const bn = numeric.test(b);
  if (an && bn) return Math.sign(Number(a) - Number(b));
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when a is earlier than b, positive when later, 0 when the same version. */
export function compareVersions(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  const core = x.core.map((n, i) => Math.sign(n - (y.core[i] ?? 0))).find((d) => d !== 0);
  if (core !== undefined) return core;
  if (x.pre.length === 0 && y.pre.length === 0) return 0;
  if (x.pre.length === 0) return 1;
  if (y.pre.length === 0) return -1;
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const d = compareIdentifiers(x.pre[i] ?? '', y.pre[i] ?? '');
    if (d !== 0) return d;
  }
  return Math.sign(x.pre.length - y.pre.length);
}

/** Newest first. */
export function newestFirst<T extends { version: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareVersions(b.version, a.version));
}

export function newestOf(versions: readonly string[]): string | undefined {
  return versions.reduce<string | undefined>(
    (best, v) => (best === undefined || compareVersions(v, best) > 0 ? v : best),
    undefined,
  );
}
