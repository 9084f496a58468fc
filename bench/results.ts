import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { format, resolveConfig } from 'prettier';
import type { FigureResult } from './budgets';
import type { RunValues } from './figure-defs';
import { RESULTS_FILE, ROOT } from './repo';

export interface Results {
  date: string;
  git: { commit: string; uncommittedChanges: boolean } | null;
  node: string;
  chromium: string;
  cpuRate: number;
  /** Measured runs, each in a fresh browser, after one warm-up run that is not kept. */
  measuredRuns: number;
  buildSeconds: Record<string, number> | null;
  passed: boolean;
  figures: FigureResult[];
  /** Every measured run's values, notes and details. */
  rawRuns: RunValues[];
  /** What is measured once: diffTemplate's 50 calls, the leak check. */
  once: RunValues;
}

const run = promisify(execFile);

/** The commit measured, and whether the tree had changes on top of it; null outside git. */
export async function gitState(): Promise<Results['git']> {
  try {
    const { stdout: commit } = await run('git', ['rev-parse', 'HEAD'], { cwd: ROOT });
    const { stdout: status } = await run('git', ['status', '--porcelain'], { cwd: ROOT });
    return { commit: commit.trim(), uncommittedChanges: status.trim() !== '' };
  } catch {
    return null;
  }
}

export async function writeResults(results: Results): Promise<string> {
  await mkdir(dirname(RESULTS_FILE), { recursive: true });
  // Hundredths are plenty for ms, KB and MB, and keep the committed file's diffs readable.
  const rounded = (_: string, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
  // Formatted as `npm run lint` checks every committed file.
  const options = await resolveConfig(RESULTS_FILE);
  const text = await format(JSON.stringify(results, rounded), {
    ...options,
    filepath: RESULTS_FILE,
  });
  await writeFile(RESULTS_FILE, text);
  return RESULTS_FILE;
}
