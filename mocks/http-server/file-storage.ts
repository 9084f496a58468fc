import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Storage } from '../simulator';

/** The data file is there but cannot be used: the server refuses to start rather than lose it. */
export class DataFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(
      `Cannot use the data file ${path}: ${reason}. Repair it or move it away; without a data file the simulator starts from its seed.`,
    );
    this.name = 'DataFileError';
  }
}

const TEMP = /^\.\d+\.tmp$/;

/** Writes the text, flushed to disk, under a temporary name beside the file. */
export function writeTemp(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${String(process.pid)}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/** The one step that makes the new text the file's: a rename within a folder is atomic. */
export function commit(temp: string, path: string): void {
  renameSync(temp, path);
}

/**
 * The simulator's state in one JSON file, replaced whole on every save, so a process killed
 * mid-write leaves the last committed state or the new one, never half of one.
 */
export function fileStorage(path: string): Storage {
  return {
    load: () => readDataFile(path),
    save: (text) => {
      const temp = writeTemp(path, text);
      try {
        commit(temp, path);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
    },
  };
}

function readDataFile(path: string): string | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DataFileError(path, error instanceof Error ? error.message : String(error));
  }
  if (text.trim() === '') throw new DataFileError(path, 'it is empty');
  return text;
}

/** Removes what writes cut short left beside the file (the file itself is whole). */
export function removeLeftoverTemps(path: string): void {
  const name = basename(path);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith(name) && TEMP.test(entry.slice(name.length))) {
      rmSync(join(dirname(path), entry), { force: true });
    }
  }
}
