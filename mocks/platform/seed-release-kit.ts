import type { BreakingChange, PlatformRelease } from '@/contract/platform';
import { seedTime } from '../core/seed-random';

const DAY = 60 * 24;

export type Change = Omit<BreakingChange, 'version'>;

/** A release of the seed: every change it brings carries its version. */
export function release(
  version: string,
  daysAgo: number,
  whatsNew: string[],
  releaseNotes: string[],
  changes: Change[],
): PlatformRelease {
  return {
    version,
    publishedAt: seedTime(daysAgo * DAY),
    whatsNew,
    releaseNotes,
    breakingChanges: changes.map((c) => ({ ...c, version })),
  };
}

export const breaking = (id: string, area: string, title: string, detail: string): Change => ({
  id,
  kind: 'breaking-change',
  area,
  title,
  detail,
});
export const sideEffect = (id: string, area: string, title: string, detail: string): Change => ({
  id,
  kind: 'side-effect',
  area,
  title,
  detail,
});
