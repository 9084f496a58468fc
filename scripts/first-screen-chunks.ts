import { resolve } from 'node:path';
import { FIRST_SCREEN_ROUTE } from './bundle-budget-core.mjs';

/** The chunk of what the first screen's route shares with other lazy modules. */
export const FIRST_SCREEN_CHUNK = 'first-screen';

/** What the chunking needs of a module: the modules it imports, statically and dynamically. */
export interface ModuleEdges {
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
}

/** How many lazily loaded chunks must use an MUI module for it to go to the shared MUI chunk. */
export const MUI_SHARED_BY = 20;

export type ModuleLookup = (id: string) => ModuleEdges | null;

type Edges = (id: string) => readonly string[];

/** Every module reached from `from` along `edges`, `from` included. */
function reach(from: string, edges: Edges): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...edges(id));
  }
  return seen;
}

/**
 * The modules that go to the `first-screen` chunk: what the first screen's route shares with
 * other lazily loaded modules. What the entry imports is left to the `app` group, what only the
 * route uses stays in the route's own chunk.
 */
export function planFirstScreen(entry: string, route: string, lookup: ModuleLookup): Set<string> {
  const statically: Edges = (id) => lookup(id)?.importedIds ?? [];
  const withEntry = reach(entry, statically);
  const everything = reach(entry, (id) => [
    ...statically(id),
    ...(lookup(id)?.dynamicallyImportedIds ?? []),
  ]);
  const lazy = new Set([...everything].flatMap((id) => lookup(id)?.dynamicallyImportedIds ?? []));
  const elsewhere = new Set<string>();
  for (const other of lazy) {
    if (other !== route) for (const id of reach(other, statically)) elsewhere.add(id);
  }

  const plan = new Set<string>();
  for (const id of reach(route, statically)) {
    // The route keeps a chunk of its own: the bundle budget finds the first screen from it.
    if (id !== route && !withEntry.has(id) && elsewhere.has(id)) plan.add(id);
  }
  return plan;
}

/**
 * Rolldown's automatic chunking splits modules by the set of lazy chunks that use them: the
 * console's first screen came in 69 files, and each costs the page's main thread a request to
 * start and a module to link (~150 ms in all at 4x CPU). With these groups it comes in a handful.
 *
 * `app` takes what the entry loads. It is Rolldown's own `$initial` tag rather than the import
 * graph walked above: the graph runs through barrel files (`@mui/material/Dialog` for its class
 * names, `zod/mini`'s index), and a module the entry never uses but a lazy route does (the Dialog
 * itself, zod's JSON Schema code) was moved onto the first screen: 15 KB gzip of it.
 * The route's share is still walked on the graph: it reaches no such module today, and the bundle
 * budget's report names the modules of any chunk that grows.
 */
export function firstScreenChunks(root: string) {
  const entry = resolve(root, 'src/main.tsx');
  const route = resolve(root, FIRST_SCREEN_ROUTE);
  let plan: Set<string> | undefined;
  return [
    { name: 'app', tags: ['$initial' as const] },
    {
      name: (id: string, context: { getModuleInfo: ModuleLookup }) => {
        plan ??= planFirstScreen(entry, route, (m) => context.getModuleInfo(m));
        return plan.has(id) ? FIRST_SCREEN_CHUNK : null;
      },
    },
    // The MUI parts most pages share (buttons, ripples, alerts, the hooks under them) came in a
    // file each, most under 1 KB: the diff page loaded 45 files, and the link Vite's preload adds
    // for each cost ~1.5 ms of main thread at 4x CPU before the page's request could go out.
    // In one file, what a page takes of it is about what it took before (80 KB gzip → 82 KB).
    { name: 'mui-shared', test: /node_modules[\\/]@mui[\\/]/, minShareCount: MUI_SHARED_BY },
  ];
}
