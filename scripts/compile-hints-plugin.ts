import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints): a script that starts with it
 * is compiled whole while it streams in, on a background thread. Without it V8 compiles each
 * function on the main thread the first time it runs, and the first screen runs most of what it
 * loads: at 4x CPU that was ~10% of the main thread's time to the first row. Browsers without
 * the hint read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What the hint needs of an output chunk (Rollup's OutputChunk has all of it). */
export interface HintedChunk {
  fileName: string;
  name: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
  code: string;
  map?: { mappings: string } | null;
}

/** Which chunks the first screen runs besides the entry: by chunk name, or by the module a chunk is for. */
export interface FirstScreen {
  chunkNames: readonly string[];
  modules: readonly string[];
}

/**
 * The chunks the first screen runs: the entry, the chunks it imports statically (the standalone
 * build's libraries and simulator), and those `firstScreen` names, with what they import. Lazy
 * chunks of other pages keep V8's lazy compiling: eager compiling would spend memory and a core
 * on code that may never run.
 */
export function chunksToHint(chunks: readonly HintedChunk[], firstScreen: FirstScreen) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const hinted = new Set<HintedChunk>();
  const queue = chunks.filter(
    (chunk) =>
      chunk.isEntry ||
      firstScreen.chunkNames.includes(chunk.name) ||
      (chunk.facadeModuleId !== null && firstScreen.modules.includes(chunk.facadeModuleId)),
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

/** Puts the hint on the chunk's first line; its source map moves down a line with the code. */
export function addCompileHint(chunk: HintedChunk): void {
  if (chunk.code.startsWith(COMPILE_HINT)) return;
  chunk.code = COMPILE_HINT + chunk.code;
  if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
}

/** Adds the hint to the first screen's chunks once they are minified (a minifier drops comments). */
export function compileHints(firstScreen: FirstScreen): Plugin {
  return {
    name: 'upshift:compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      for (const chunk of chunksToHint(chunks, firstScreen)) addCompileHint(chunk);
    },
  };
}
