// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  chunksToHint,
  COMPILE_HINT,
  type HintedChunk,
  withCompileHint,
} from './compile-hints-plugin';

const ROUTE = '/repo/src/app/routes/applications/list.tsx';

function chunk(fileName: string, parts: Partial<HintedChunk> = {}): HintedChunk {
  return {
    fileName,
    name: fileName.replace(/-.*$/, ''),
    isEntry: false,
    facadeModuleId: null,
    imports: [],
    ...parts,
  };
}

const firstScreen = { chunkNames: ['first-screen'], modules: [ROUTE] };

describe('chunksToHint', () => {
  it("hints the entry, what it imports, the first screen's chunk and its route's, not other pages", () => {
    const chunks = [
      chunk('index-1.js', { isEntry: true, imports: ['libraries-2.js'] }),
      chunk('libraries-2.js'),
      chunk('first-screen-3.js', { imports: ['Box-4.js'] }),
      chunk('Box-4.js'),
      chunk('list-5.js', { facadeModuleId: ROUTE, imports: ['first-screen-3.js'] }),
      // Another page's route chunk of the same name, and a chunk only it uses.
      chunk('list-6.js', { facadeModuleId: '/repo/src/app/routes/self-hosted/list.tsx' }),
      chunk('Dialog-7.js'),
    ];
    const hinted = chunksToHint(chunks, firstScreen).map((c) => c.fileName);
    expect(hinted.sort()).toEqual([
      'Box-4.js',
      'first-screen-3.js',
      'index-1.js',
      'libraries-2.js',
      'list-5.js',
    ]);
  });

  it("hints every page's chunk and what it imports, not what loads on demand", () => {
    const OTHER = '/repo/src/app/routes/self-hosted/list.tsx';
    const chunks = [
      chunk('index-1.js', { isEntry: true }),
      chunk('list-6.js', { facadeModuleId: OTHER, imports: ['mui-shared-7.js'] }),
      chunk('mui-shared-7.js'),
      // A menu's code, loaded when it first opens.
      chunk('row-menu-8.js', { facadeModuleId: '/repo/src/components/list/row-menu.tsx' }),
    ];
    const pages = (id: string) => id.includes('/src/app/routes/');
    const hinted = chunksToHint(chunks, { ...firstScreen, pages }).map((c) => c.fileName);
    expect(hinted.sort()).toEqual(['index-1.js', 'list-6.js', 'mui-shared-7.js']);
  });

  it('follows a cycle of imports once', () => {
    const chunks = [
      chunk('index-1.js', { isEntry: true, imports: ['a-2.js'] }),
      chunk('a-2.js', { imports: ['index-1.js'] }),
    ];
    expect(chunksToHint(chunks, firstScreen)).toHaveLength(2);
  });
});

describe('withCompileHint', () => {
  it('puts the hint on the first line and moves the source map down a line', () => {
    const code = 'const __vite__mapDeps=(i)=>i;\nexport const a=1;';
    const hinted = withCompileHint(code, JSON.stringify({ version: 3, mappings: 'AAAA;CAAC' }));
    expect(hinted.code.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.code).toBe(`${COMPILE_HINT}${code}`);
    expect(JSON.parse(hinted.map ?? '')).toEqual({ version: 3, mappings: ';AAAA;CAAC' });
  });

  it('adds it once, and needs no map', () => {
    const once = withCompileHint('export const a=1;');
    expect(once.map).toBeUndefined();
    expect(withCompileHint(once.code).code).toBe(once.code);
  });
});
