// The bundle budget's arithmetic: a Vite manifest, each file's gzip size and each chunk's modules
// in, the figures and the failures out. No file system here (bundle-budget-read.mjs reads a build),
// so scripts/bundle-budget.test.ts can hand it a small made-up build.

/** 1 KB = 1000 bytes, as Vite's build report prints sizes. */
export const KB = 1000;

/** The route module whose full load is "the first screen". */
export const FIRST_SCREEN_ROUTE = 'src/app/routes/applications/list.tsx';

const isJs = (file) => /\.m?js$/.test(file);

/** Keys of `starts` and every chunk they import statically, transitively (each once). */
function staticClosure(manifest, starts) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  starts.forEach(visit);
  return [...seen];
}

/**
 * The JS files a full load of the route needs before it can render: the entry chunk(s) and their
 * static imports, plus the route module's chunk and its static imports (what Vite preloads with
 * it). Dynamic imports are left out: they load later, if ever.
 */
export function firstScreenFiles(manifest, routeSrc = FIRST_SCREEN_ROUTE) {
  const route = Object.entries(manifest).find(([, chunk]) => chunk.src === routeSrc);
  if (!route) {
    throw new Error(
      `${routeSrc} is not in the build's manifest: was the route renamed? Update FIRST_SCREEN_ROUTE in scripts/bundle-budget-core.mjs.`,
    );
  }
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const files = staticClosure(manifest, [...entries, route[0]]).map((key) => manifest[key].file);
  return [...new Set(files)].filter(isJs);
}

/** Every chunk another one imports dynamically (a lazy route, a lazily loaded editor...). */
export function dynamicChunks(manifest) {
  return Object.values(manifest)
    .filter((chunk) => chunk.isDynamicEntry && isJs(chunk.file))
    .map((chunk) => ({ file: chunk.file, src: chunk.src }));
}

const bySizeDown = (a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file);

/** The biggest source modules of `files`, by rendered length. */
function biggestModules(modules, files, count) {
  return files
    .flatMap((file) => (modules[file] ?? []).map((module) => ({ ...module, file })))
    .sort((a, b) => b.renderedLength - a.renderedLength)
    .slice(0, count);
}

/**
 * @param build `{ manifest, gzipBytes: file → bytes, modules: file → [{ id, renderedLength }],
 *   htmlScripts: files index.html loads that are not chunks }`
 * @param limits `{ firstScreenKb, routeKb, routeSrc?, moduleCount? }`
 */
export function evaluateBudget(build, limits) {
  const { manifest, gzipBytes, modules = {}, htmlScripts = [] } = build;
  const moduleCount = limits.moduleCount ?? 15;
  const sized = (file) => ({ file, bytes: gzipBytes[file] ?? 0 });

  const files = [...new Set([...htmlScripts, ...firstScreenFiles(manifest, limits.routeSrc)])];
  const chunks = files.map(sized).sort(bySizeDown);
  const firstScreen = {
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    limitBytes: limits.firstScreenKb * KB,
    chunks,
  };
  const routes = dynamicChunks(manifest)
    .map((chunk) => ({ ...sized(chunk.file), src: chunk.src }))
    .sort(bySizeDown);

  const failures = [];
  if (firstScreen.bytes > firstScreen.limitBytes) {
    failures.push({
      budget: 'first screen',
      bytes: firstScreen.bytes,
      limitBytes: firstScreen.limitBytes,
      files: chunks.map((chunk) => chunk.file),
      modules: biggestModules(modules, files, moduleCount),
    });
  }
  for (const route of routes.filter((chunk) => chunk.bytes > limits.routeKb * KB)) {
    failures.push({
      budget: `route chunk ${route.file}${route.src ? ` (${route.src})` : ''}`,
      bytes: route.bytes,
      limitBytes: limits.routeKb * KB,
      files: [route.file],
      modules: biggestModules(modules, [route.file], moduleCount),
    });
  }
  return { firstScreen, routes, routeLimitBytes: limits.routeKb * KB, failures };
}
