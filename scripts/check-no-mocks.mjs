#!/usr/bin/env node
// Proves a build carries no simulator: no simulator service worker, no simulator code or words in any
// chunk, no mocks/ or msw sources in any source map, and no source maps at all unless
// UPSHIFT_SOURCEMAP=true asked for them.
//
//   node scripts/check-no-mocks.mjs                         checks dist/ (after `npm run build`)
//   node scripts/check-no-mocks.mjs <dir>                   checks another build
//   node scripts/check-no-mocks.mjs --expect-mocks dist-e2e the reverse, on a build WITH the
//     simulator: every marker must be found there, which proves the markers are real and that
//     this check can fail.
//
// Exit 0: as expected. Exit 1: the build is not as expected. Exit 2: usage or missing build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const WORKER_FILE = 'simulator-sw.js';

/**
 * Strings that appear in the simulator's bundle and nowhere else. Each one survives
 * minification (they are string literals, not identifiers); `--expect-mocks` proves it.
 */
const MARKERS = [
  { text: 'upshiftSimulator', why: 'the window handle exposed by mocks/browser.ts' },
  { text: 'upshift.simulator.', why: 'the simulator localStorage keys (mocks/worker/start.js)' },
  { text: '/simulator-sw.js', why: "the simulator worker's URL (mocks/worker/start.js)" },
  {
    text: 'X-Simulator-Clock',
    why: "the page's clock on each API request (mocks/worker/start.js)",
  },
  { text: 'upshift-simulator', why: 'the channel the simulator worker tells pages on' },
  { text: 'Simulator controls', why: "the user menu's simulator item (mocks/controls/)" },
  { text: 'simulated data', why: "the app bar's standalone marker and the sign-in choices" },
  { text: 'Reset demo data', why: 'the reset dialog (mocks/controls/reset-data-dialog.tsx)' },
];

/** Source-map `sources` entries that mean simulator code was bundled. */
const MOCK_SOURCE = /(^|\/)mocks\/|(^|\/)node_modules\/msw\//;

const CODE_FILE = /\.(m?js|html)$/;

function usage(message) {
  console.error(`check-no-mocks: ${message}`);
  console.error('usage: node scripts/check-no-mocks.mjs [<dir>] | --expect-mocks <dir>');
  process.exit(2);
}

function parseArgs(argv) {
  const expectMocks = argv.includes('--expect-mocks');
  const rest = argv.filter((arg) => arg !== '--expect-mocks');
  if (rest.some((arg) => arg.startsWith('-')))
    usage(`unknown option ${rest.find((a) => a.startsWith('-'))}`);
  if (rest.length > 1) usage('give one build directory');
  if (expectMocks && rest.length === 0)
    usage('--expect-mocks needs the directory of a build with mocks');
  return { dir: rest[0] ?? 'dist', expectMocks };
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Everything that points at the simulator in this build, grouped by what found it. */
function scan(dir) {
  const files = listFiles(dir);
  const workers = files.filter((file) => basename(file) === WORKER_FILE);
  const code = files.filter((file) => CODE_FILE.test(file));
  const maps = files.filter((file) => file.endsWith('.map'));
  const markers = MARKERS.map((marker) => ({
    ...marker,
    files: code.filter((file) => readFileSync(file, 'utf8').includes(marker.text)),
  }));
  const mockSources = maps.flatMap((file) => {
    const { sources = [] } = JSON.parse(readFileSync(file, 'utf8'));
    return sources.filter((source) => MOCK_SOURCE.test(source)).map((source) => ({ file, source }));
  });
  return { files, workers, code, maps, markers, mockSources };
}

function main() {
  const { dir, expectMocks } = parseArgs(process.argv.slice(2));
  if (!existsSync(dir) || !statSync(dir).isDirectory() || !existsSync(join(dir, 'index.html'))) {
    console.error(
      `check-no-mocks: no build in ${dir}/ (no index.html). Build first: ${expectMocks ? 'npm run build:e2e' : 'npm run build'}.`,
    );
    process.exit(2);
  }
  const result = scan(dir);
  const rel = (file) => relative(dir, file);
  const mode = expectMocks ? 'expecting the simulator' : 'expecting no simulator';
  console.log(
    `check-no-mocks: ${dir}/ (${mode}): ${String(result.files.length)} files, ${String(result.code.length)} JS/HTML scanned, ${String(result.maps.length)} source maps`,
  );

  const problems = [];
  const report = (label, found, where) => {
    const ok = found === expectMocks;
    console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${label}: ${found ? `found in ${where}` : 'not found'}`);
    if (!ok) problems.push(label);
  };

  report(WORKER_FILE, result.workers.length > 0, result.workers.map(rel).join(', '));
  for (const marker of result.markers) {
    report(
      `"${marker.text}" (${marker.why})`,
      marker.files.length > 0,
      marker.files.map(rel).join(', '),
    );
  }
  if (result.maps.length > 0) {
    const where = [...new Set(result.mockSources.map(({ file }) => rel(file)))].join(', ');
    const sample = result.mockSources
      .slice(0, 3)
      .map(({ source }) => source)
      .join(', ');
    report(
      'mocks/ or msw sources in source maps',
      result.mockSources.length > 0,
      `${where} (${sample}${result.mockSources.length > 3 ? ', …' : ''})`,
    );
  } else {
    console.log('  skip source maps: the build has none');
  }
  // Source maps carry the whole TypeScript source: a deployable build has them only on request.
  if (!expectMocks) {
    const asked = process.env.UPSHIFT_SOURCEMAP === 'true';
    const ok = result.maps.length === 0 || asked;
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'} source maps: ${String(result.maps.length)}${asked ? ' (UPSHIFT_SOURCEMAP=true asked for them)' : ''}`,
    );
    if (!ok)
      problems.push(
        `${String(result.maps.length)} source maps (set UPSHIFT_SOURCEMAP=true to ship them)`,
      );
  }

  if (problems.length > 0) {
    console.error(
      expectMocks
        ? `check-no-mocks: FAILED — ${dir}/ should contain the simulator but these were missing: ${problems.join('; ')}. Update the markers in scripts/check-no-mocks.mjs if the simulator changed, or fix the build so it ships the simulator.`
        : `check-no-mocks: FAILED — ${dir}/ is not fit to deploy: ${problems.join('; ')}. A production build must not import mocks/ (only src/main.tsx may, behind VITE_API_MOCKING) nor copy ${WORKER_FILE}.`,
    );
    process.exit(1);
  }
  console.log(
    `check-no-mocks: passed — ${expectMocks ? 'every marker found, so the check can fail' : 'no simulator in the build'}.`,
  );
}

main();
