import { resolve } from 'node:path';

/** The repository root: builds, `npm run …` and git run here, wherever the bench was started. */
export const ROOT = resolve(import.meta.dirname, '..');
/** The bench's builds (gitignored). */
export const OUT = resolve(ROOT, 'bench/.out');
export const outDirs = {
  app: resolve(OUT, 'app'),
  standalone: resolve(OUT, 'standalone'),
  floor: resolve(OUT, 'floor'),
};
/** The one committed result. */
export const RESULTS_FILE = resolve(ROOT, 'bench/results/latest.json');
