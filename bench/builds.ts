import { runToEnd } from './processes';
import { outDirs } from './repo';

interface Build {
  name: keyof typeof outDirs;
  args: string[];
  env?: Record<string, string>;
}

const builds: Build[] = [
  // The production bundle, as `npm run build:app` makes it, without source maps.
  {
    name: 'app',
    args: ['vite', 'build', '--outDir', outDirs.app],
    env: { UPSHIFT_SOURCEMAP: 'false' },
  },
  // Standalone: the e2e build, with the simulator and its service worker.
  {
    name: 'standalone',
    args: ['vite', 'build', '--mode', 'e2e', '--outDir', outDirs.standalone],
    env: { UPSHIFT_SOURCEMAP: 'false' },
  },
  {
    name: 'floor',
    args: ['vite', 'build', '-c', 'bench/floor/vite.config.ts'],
    env: { FLOOR_OUT_DIR: outDirs.floor },
  },
];

/** The three builds side by side; returns each one's time in seconds. */
export async function buildAll(): Promise<Record<Build['name'], number>> {
  const times = await Promise.all(
    builds.map(async ({ name, args, env }) => {
      const started = performance.now();
      await runToEnd(`build ${name}`, 'npx', args, env);
      const seconds = (performance.now() - started) / 1000;
      console.log(`  built ${name} in ${seconds.toFixed(1)} s`);
      return [name, seconds] as const;
    }),
  );
  // What is measured must be what ships: no simulator in the production bundle, one in standalone.
  await runToEnd('check the production bundle', 'node', [
    'scripts/check-no-mocks.mjs',
    outDirs.app,
  ]);
  await runToEnd('check the standalone build', 'node', [
    'scripts/check-no-mocks.mjs',
    '--expect-mocks',
    outDirs.standalone,
  ]);
  return Object.fromEntries(times) as Record<Build['name'], number>;
}
