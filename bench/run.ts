import { relative } from 'node:path';
import { signIn } from './api-controls';
import { launchBrowser } from './browser';
import { anyFailed, evaluateFigure } from './budgets';
import { buildAll } from './builds';
import { emptyRun, failMetrics, figuresFrom, type RunValues } from './figure-defs';
import { figureList } from './figure-list';
import { timeDiffTemplate } from './figures/diff-node';
import { leakCheck } from './figures/leak';
import { OptionsError, readOptions, type BenchOptions } from './options';
import { openPage } from './page-session';
import { SetupError } from './processes';
import { ROOT } from './repo';
import { renderNotes, renderTable } from './report-table';
import { gitState, writeResults } from './results';
import { runOnce, type RunContext } from './run-once';
import { Cleanup, startServers } from './servers';

/*
 * `npm run bench`: builds the console (production and standalone) and the floor, serves them,
 * measures them side by side in fresh Chromium runs with the CPU throttled, prints one table and
 * writes bench/results/latest.json. Exit 0: every budget holds; 1: one fails; 2: setup failed.
 */

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;

/** Measured once, outside the browser runs: diffTemplate in node, and the leak check. */
async function measureOnce(context: RunContext): Promise<{ once: RunValues; chromium: string }> {
  const once = emptyRun();
  const diff = timeDiffTemplate();
  once.values['node.diffTemplate'] = diff.median;
  once.details.diffTemplate = { samplesMs: diff.samples, template: diff.summary };
  console.log(`  diffTemplate: median ${diff.median.toFixed(1)} ms (${diff.summary})`);

  const browser = await launchBrowser();
  const chromium = browser.version();
  const bench = await openPage(browser, {
    cpu: context.cpu,
    cookie: { url: context.servers.app, session: context.cookie },
  });
  try {
    const leak = await leakCheck(bench, context.servers.app);
    once.values['leak.growth'] = leak.growth;
    once.details.leak = leak;
    console.log(
      `  leak check: ${leak.growth.toFixed(2)} MB growth in ${leak.seconds.toFixed(0)} s`,
    );
  } catch (error) {
    if (error instanceof SetupError) throw error;
    failMetrics(once, ['leak.growth'], error instanceof Error ? error.message : String(error));
  } finally {
    await bench.close();
    await browser.close();
  }
  return { once, chromium };
}

async function bench(options: BenchOptions, cleanup: Cleanup): Promise<number> {
  const started = performance.now();
  let buildSeconds: Record<string, number> | null = null;
  if (options.skipBuild) console.log('Builds: reusing bench/.out (--skip-build)');
  else {
    console.log('Building the production bundle, the standalone build and the floor…');
    buildSeconds = await buildAll();
  }
  console.log('Starting the API, the production server and the static servers…');
  const servers = await startServers(options, cleanup);
  const context: RunContext = { servers, cookie: await signIn(servers.app), cpu: options.cpu };

  console.log(`Runs at ${String(options.cpu)}× CPU, each in a fresh browser:`);
  let mark = performance.now();
  await runOnce(context);
  console.log(`  warm-up run: ${seconds(mark)}`);
  const runs: RunValues[] = [];
  for (let i = 1; i <= options.runs; i++) {
    mark = performance.now();
    runs.push(await runOnce(context));
    const missing = Object.values(runs[i - 1]?.values ?? {}).filter((v) => v === null).length;
    console.log(
      `  run ${String(i)}/${String(options.runs)}: ${seconds(mark)}${missing ? ` (${String(missing)} values not measured)` : ''}`,
    );
  }
  console.log('Measured once:');
  const { once, chromium } = await measureOnce(context);

  const figures = figuresFrom(figureList, runs, once).map(evaluateFigure);
  const passed = !anyFailed(figures);
  console.log(`\n${renderTable(figures)}\n`);
  const notes = renderNotes(figures);
  if (notes) console.log(`Notes:\n${notes}\n`);
  const file = await writeResults({
    date: new Date().toISOString(),
    git: await gitState(),
    node: process.version,
    chromium,
    cpuRate: options.cpu,
    measuredRuns: options.runs,
    buildSeconds,
    passed,
    figures,
    rawRuns: runs,
    once,
  });
  console.log(
    `Wrote ${relative(ROOT, file)} in ${seconds(started)}: ${passed ? 'every budget holds' : 'a budget failed'}.`,
  );
  return passed ? 0 : 1;
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = readOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    console.error(error.message);
    return 2;
  }
  const cleanup = new Cleanup();
  const interrupt = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the servers…`);
    void cleanup.stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  process.once('SIGHUP', interrupt);
  try {
    return await bench(options, cleanup);
  } catch (error) {
    // A SetupError says what to do; anything else is the bench's own bug: show where.
    if (error instanceof SetupError) console.error(`\nSetup failed: ${error.message}`);
    else console.error('\nThe bench broke:', error);
    return 2;
  } finally {
    await cleanup.stopAll();
  }
}

process.exit(await main());
