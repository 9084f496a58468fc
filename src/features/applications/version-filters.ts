import type { Project } from '@/contract/applications';
import { positiveInt } from '@/lib/list-params';

/**
 * The project versions worth offering: those released by the chosen projects (by every project
 * when none is chosen), ascending, each once.
 */
export function releasedVersionsOf(
  projects: readonly Project[],
  chosen: readonly string[] = [],
): number[] {
  const pool = chosen.length === 0 ? projects : projects.filter((p) => chosen.includes(p.id));
  return [...new Set(pool.flatMap((p) => p.releasedVersions))].sort((a, b) => a - b);
}

export const VERSION_INPUT_MESSAGE = 'Enter a whole number, 1 or more';
export const VERSION_TOO_LONG_MESSAGE = 'Enter a version of at most 9 digits';

export type VersionInput = { ok: true; value: number | undefined } | { ok: false; message: string };

/** A version as a person typed it; blank means any version. */
export function parseVersionInput(text: string): VersionInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  // Said, not cut: the field keeps every digit typed.
  if (/^\d{10,}$/.test(trimmed)) return { ok: false, message: VERSION_TOO_LONG_MESSAGE };
  const value = positiveInt(trimmed);
  return value === undefined ? { ok: false, message: VERSION_INPUT_MESSAGE } : { ok: true, value };
}
