import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin, type ViteDevServer } from 'vite';

const WORKER_FILE = 'simulator-sw.js';

/** The simulator's service worker, bundled whole into one classic script (workers load no chunks). */
async function bundleWorker(root: string, minify: boolean): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: {
      alias: { '@': resolve(root, 'src'), '@mocks': resolve(root, 'mocks') },
    },
    build: {
      write: false,
      minify,
      sourcemap: false,
      emptyOutDir: false,
      lib: {
        entry: resolve(root, 'mocks/worker/service-worker.ts'),
        formats: ['iife'],
        name: 'upshiftSimulatorWorker',
        fileName: () => WORKER_FILE,
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk) return chunk.code;
  }
  throw new Error('The simulator worker bundled to nothing');
}

/**
 * Standalone builds and `npm run dev`: the simulator runs in a service worker
 * (mocks/worker/service-worker.ts), off the page's main thread, and a first script in the page
 * (mocks/worker/start.js, inline) registers it before the app's modules load. A build without
 * the simulator gets neither.
 */
export function simulatorWorker(mocking: boolean): Plugin {
  let root = process.cwd();
  let minify = true;
  const startScript = () => readFile(resolve(root, 'mocks/worker/start.js'), 'utf8');
  return {
    name: 'upshift:simulator-worker',
    configResolved(config) {
      root = config.root;
      minify = config.build.minify !== false;
    },
    // Inline, so that parsing the page waits for no request before the app's modules load.
    async transformIndexHtml() {
      if (!mocking) return [];
      return [{ tag: 'script', children: await startScript(), injectTo: 'head' }];
    },
    async generateBundle() {
      if (!mocking || this.environment.config.build.ssr) return;
      this.emitFile({
        type: 'asset',
        fileName: WORKER_FILE,
        source: await bundleWorker(root, minify),
      });
    },
    configureServer(server: ViteDevServer) {
      if (!mocking) return;
      let bundled: Promise<string> | null = null;
      // Bundled on request, again after any change to the code it holds.
      server.watcher.on('change', (file) => {
        if (/[\\/](mocks|src)[\\/]/.test(file)) bundled = null;
      });
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        if (path !== `/${WORKER_FILE}`) {
          next();
          return;
        }
        (bundled ??= bundleWorker(root, false)).then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript');
            response.setHeader('Cache-Control', 'no-cache');
            response.end(code);
          },
          (error: unknown) => {
            bundled = null;
            next(error);
          },
        );
      });
    },
  };
}
