import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { floorRowsApi } from './floor/rows-api';
import { ensurePortFree, SetupError, startChild, waitForUrl } from './processes';
import { outDirs } from './repo';
import { serveStatic } from './serve-static';
import type { BenchOptions } from './options';

export interface Servers {
  /** `npm run preview:prod` on the production build, `/api` proxied to the API. */
  app: string;
  /** `npm run api` itself, for its simulator controls. */
  api: string;
  /** The standalone (e2e) build: the simulator answers in the page's service worker. */
  standalone: string;
  floor: string;
}

/** Things to undo, last first; `stopAll` runs each once, even when one of them throws. */
export class Cleanup {
  private readonly steps: (() => Promise<void>)[] = [];

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async stopAll(): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop();
      try {
        await step?.();
      } catch (error) {
        console.error(`  cleanup: ${String(error)}`);
      }
    }
  }
}

async function staticServer(
  name: string,
  root: string,
  port: number,
  variable: string,
  floor: boolean,
) {
  await ensurePortFree(port, variable);
  try {
    return await serveStatic({ root, port, api: floor ? floorRowsApi : undefined });
  } catch (error) {
    throw new SetupError(`The ${name} server did not start: ${String(error)}`);
  }
}

/** Starts the API (fresh data file), the production server and the two static servers. */
export async function startServers({ ports }: BenchOptions, cleanup: Cleanup): Promise<Servers> {
  await ensurePortFree(ports.api, 'BENCH_API_PORT');
  await ensurePortFree(ports.preview, 'BENCH_PREVIEW_PORT');
  const dataDir = await mkdtemp(join(tmpdir(), 'upshift-bench-'));
  cleanup.add(() => rm(dataDir, { recursive: true, force: true }));

  const api = startChild('npm run api', 'npm', ['run', 'api'], {
    UPSHIFT_API_PORT: String(ports.api),
    UPSHIFT_DATA: join(dataDir, 'db.json'),
    UPSHIFT_SIMULATOR: 'true',
  });
  cleanup.add(api.stop);
  const preview = startChild('npm run preview:prod', 'npm', ['run', 'preview:prod'], {
    UPSHIFT_PREVIEW_PORT: String(ports.preview),
    UPSHIFT_API_PORT: String(ports.api),
    UPSHIFT_DIST: outDirs.app,
    UPSHIFT_SOURCEMAP: 'false',
  });
  cleanup.add(preview.stop);

  const standalone = await staticServer(
    'standalone',
    outDirs.standalone,
    ports.standalone,
    'BENCH_STANDALONE_PORT',
    false,
  );
  cleanup.add(standalone.close);
  const floor = await staticServer('floor', outDirs.floor, ports.floor, 'BENCH_FLOOR_PORT', true);
  cleanup.add(floor.close);

  const apiUrl = `http://127.0.0.1:${String(ports.api)}`;
  const appUrl = `http://127.0.0.1:${String(ports.preview)}`;
  await waitForUrl(`${apiUrl}/api/v1/sign-in`, api);
  await waitForUrl(`${appUrl}/`, preview);
  return { app: appUrl, api: apiUrl, standalone: standalone.url, floor: floor.url };
}
