import { join } from 'node:path';
import type { PlaywrightTestConfig } from '@playwright/test';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number];

export interface ProductionPorts {
  /** `npm run preview:prod`: the production build, its headers, `/api` proxied. */
  preview: number;
  /** `npm run api`: the simulator over HTTP. */
  api: number;
  /** The production build to serve (`npm test` builds `dist`). */
  dist: string;
  /** This run's output folder: Playwright empties it before the servers start. */
  outputDir: string;
}

/** Options whose value comes as the next argument and may look like a path. */
const PATH_VALUED = new Set(['-c', '--config', '--reporter', '--output', '--tsconfig']);
const PRODUCTION_FOLDER = 'specs-production';

/** The `--project` values and the file filters of a `playwright test` command line. */
function selection(argv: readonly string[]): { projects: string[]; files: string[] } | null {
  const start = argv.indexOf('test');
  if (start < 0) return null;
  const args = argv.slice(start + 1);
  const projects: string[] = [];
  const files: string[] = [];
  args.forEach((arg, i) => {
    const previous = args[i - 1] ?? '';
    if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
    else if (previous === '--project') projects.push(arg);
    else if (!arg.startsWith('-') && !PATH_VALUED.has(previous)) files.push(arg);
  });
  return { projects, files };
}

/**
 * Whether this `playwright test` may run `project`, so its servers are worth starting: not when
 * `--project` leaves it out, nor when every file filter is a path into the other project's
 * folder (`playwright test e2e/specs/smoke.spec.ts`). Anything unsure starts them.
 */
export function mayRunProject(argv: readonly string[], project: 'chromium' | 'production') {
  const asked = selection(argv);
  if (!asked) return true;
  const { projects, files } = asked;
  if (projects.length > 0 && !projects.some((p) => p === project || p.includes('*'))) {
    return false;
  }
  const otherProjects = (file: string) =>
    file.includes('/') && file.includes(PRODUCTION_FOLDER) !== (project === 'production');
  return files.length === 0 || !files.every(otherProjects);
}

/**
 * The API server on a fresh data file (in the output folder, emptied at the start of a run)
 * with the simulator's controls, and the production build served in front of it. Never an
 * already running one: the journeys need a server of their own.
 */
export function productionServers({ preview, api, dist, outputDir }: ProductionPorts): WebServer[] {
  const common = {
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  } as const;
  return [
    {
      ...common,
      command: 'npm run api',
      url: `http://127.0.0.1:${String(api)}/api/v1/sign-in`,
      env: {
        UPSHIFT_API_PORT: String(api),
        UPSHIFT_DATA: join(outputDir, 'production-api', 'db.json'),
        UPSHIFT_SIMULATOR: 'true',
      },
    },
    {
      ...common,
      command: 'npm run preview:prod',
      url: `http://127.0.0.1:${String(preview)}/`,
      env: {
        UPSHIFT_PREVIEW_PORT: String(preview),
        UPSHIFT_API_PORT: String(api),
        UPSHIFT_DIST: dist,
        UPSHIFT_SOURCEMAP: 'false',
      },
    },
  ];
}
