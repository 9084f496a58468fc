import type { Plugin } from 'vite';

/** Where the build writes what each chunk holds, beside Vite's `.vite/manifest.json`. */
export const MODULES_FILE = '.vite/modules.json';

/** A source module in a chunk: `renderedLength` is its size after tree-shaking, before minifying. */
export interface ChunkModule {
  id: string;
  renderedLength: number;
}

/** Chunk file name (as in the manifest's `file`) → its modules, biggest first. */
export type ChunkModules = Record<string, ChunkModule[]>;

/**
 * A module id as a reader wants it: relative to the repo root, a dependency as
 * `node_modules/<pkg>/...` (from the last `node_modules/`, so nested installs read the same),
 * a virtual module (`\0...`) by its name.
 */
export function shortModuleId(id: string, root: string): string {
  const posix = id.replace(/^\0/, '').replaceAll('\\', '/');
  const inDeps = posix.lastIndexOf('/node_modules/');
  if (inDeps !== -1) return posix.slice(inDeps + 1);
  const base = `${root.replaceAll('\\', '/').replace(/\/$/, '')}/`;
  return posix.startsWith(base) ? posix.slice(base.length) : posix;
}

/**
 * Writes `.vite/modules.json`: for every JS chunk, the source modules it holds and their rendered
 * length. The manifest lists chunks and their imports but not what is inside them; the bundle
 * budget (scripts/bundle-budget.mjs) names the biggest modules of a chunk that is over budget.
 */
export function bundleModules(): Plugin {
  let root = process.cwd();
  return {
    name: 'upshift:bundle-modules',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks: ChunkModules = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = Object.entries(output.modules)
          .map(([id, info]) => ({
            id: shortModuleId(id, root),
            renderedLength: info.renderedLength,
          }))
          .filter((module) => module.renderedLength > 0)
          .sort((a, b) => b.renderedLength - a.renderedLength);
      }
      this.emitFile({
        type: 'asset',
        fileName: MODULES_FILE,
        source: `${JSON.stringify(chunks, null, 1)}\n`,
      });
    },
  };
}
