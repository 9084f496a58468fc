import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints): a script that starts with it
 * is compiled whole while it streams in, on a background thread. Without it V8 compiles each
 * function on the main thread the first time it runs, and the first screen runs most of what it
 * loads: at 4x CPU, paired loads of the list came 4-5% sooner with it. Browsers without the hint
 * read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What the hint needs of an output chunk (Rollup's OutputChunk has all of it). */
export interface HintedChunk {
  fileName: string;
  name: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
}

/** Which chunks the first screen runs besides the entry: by chunk name, or by the module a chunk is for. */
export interface FirstScreen {
  chunkNames: readonly string[];
  modules: readonly string[];
  /**
   * The modules of the other pages (routes): a page's chunk loads when the page is about to
   * render, and runs most of what it and its static imports hold.
   */
  pages?: (moduleId: string) => boolean;
}

/**
 * The chunks a page runs once it loads: the entry, the chunks it imports statically, those
 * `firstScreen` names and every page's chunk, with what they import. Chunks loaded on demand
 * (a menu, a tooltip, an editor) keep V8's lazy compiling: eager compiling would spend memory and
 * a core on code that may never run.
 */
export function chunksToHint(chunks: readonly HintedChunk[], firstScreen: FirstScreen) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const hinted = new Set<HintedChunk>();
  const queue = chunks.filter(
    (chunk) =>
      chunk.isEntry ||
      firstScreen.chunkNames.includes(chunk.name) ||
      (chunk.facadeModuleId !== null &&
        (firstScreen.modules.includes(chunk.facadeModuleId) ||
          firstScreen.pages?.(chunk.facadeModuleId) === true)),
  );
  for (let chunk = queue.pop(); chunk !== undefined; chunk = queue.pop()) {
    if (hinted.has(chunk)) continue;
    hinted.add(chunk);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) queue.push(imported);
    }
  }
  return [...hinted];
}

/** A built chunk's code with the hint as its first line; its source map's lines move down one. */
export function withCompileHint(code: string, map?: string): { code: string; map?: string } {
  if (code.startsWith(COMPILE_HINT)) return { code, map };
  if (map === undefined) return { code: COMPILE_HINT + code };
  const parsed = JSON.parse(map) as { mappings: string };
  parsed.mappings = `;${parsed.mappings}`;
  return { code: COMPILE_HINT + code, map: JSON.stringify(parsed) };
}

/**
 * Adds the hint to the first screen's chunks as written: once minified (a minifier drops
 * comments) and once Vite has put its preload helper's line at the top.
 */
export function compileHints(firstScreen: FirstScreen): Plugin {
  return {
    name: 'upshift:compile-hints',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      for (const chunk of chunksToHint(chunks, firstScreen)) {
        const file = join(outDir, chunk.fileName);
        const mapFile = `${file}.map`;
        const map = existsSync(mapFile) ? await readFile(mapFile, 'utf8') : undefined;
        const hinted = withCompileHint(await readFile(file, 'utf8'), map);
        await writeFile(file, hinted.code);
        if (hinted.map !== undefined) await writeFile(mapFile, hinted.map);
      }
    },
  };
}
