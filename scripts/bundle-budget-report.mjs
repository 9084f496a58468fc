// The bundle budget's printout, from evaluateBudget's result (bundle-budget-core.mjs).
import { FIRST_SCREEN_ROUTE, KB } from './bundle-budget-core.mjs';

const SHOWN_CHUNKS = 10;

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const row = (size, name, note = '') => `  ${size.padStart(10)}  ${name}${note}`;

function failureLines(failure) {
  const over = failure.bytes - failure.limitBytes;
  const lines = [
    `FAIL ${failure.budget}: ${kb(failure.bytes)} gzip > ${kb(failure.limitBytes)}, ${kb(over)} over.`,
  ];
  if (failure.modules.length === 0) {
    lines.push('  (no module list: .vite/modules.json is missing; build with vite.config.ts)');
    return lines;
  }
  const several = failure.files.length > 1;
  lines.push('  Biggest modules (rendered length, before minification):');
  for (const module of failure.modules) {
    lines.push(row(kb(module.renderedLength), module.id, several ? `  in ${module.file}` : ''));
  }
  return lines;
}

/** The table and, when a budget fails, which one, by how much and the modules that weigh most. */
export function formatReport(result, routeSrc = FIRST_SCREEN_ROUTE) {
  const { firstScreen, routes, routeLimitBytes, failures } = result;
  const lines = [
    `first screen (${routeSrc} on a full load): ${kb(firstScreen.bytes)} gzip in ${firstScreen.chunks.length} files, budget ${kb(firstScreen.limitBytes)}`,
    ...firstScreen.chunks.slice(0, SHOWN_CHUNKS).map((chunk) => row(kb(chunk.bytes), chunk.file)),
  ];
  const rest = firstScreen.chunks.slice(SHOWN_CHUNKS);
  if (rest.length > 0) {
    const restBytes = rest.reduce((sum, chunk) => sum + chunk.bytes, 0);
    lines.push(row(kb(restBytes), `${rest.length} smaller files`));
  }
  const biggest = routes[0];
  lines.push(
    `route chunks (dynamic imports): ${routes.length}, budget ${kb(routeLimitBytes)} each` +
      (biggest ? `; biggest ${kb(biggest.bytes)} ${biggest.file}` : ''),
  );
  for (const failure of failures) lines.push('', ...failureLines(failure));
  return lines.join('\n');
}
