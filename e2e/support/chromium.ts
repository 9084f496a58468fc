import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/**
 * Debian's build of Chromium's headless shell (package chromium-headless-shell), the browser
 * Playwright itself runs headless. Without the full browser's window and tab machinery, a fresh
 * context's first load of the console took 1.7-1.8 CPU seconds against 4.1-4.4 on a two-core
 * machine, and 1.1 s against 2.1-2.3 s.
 */
const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Whether a run shows the browser (`--headed`, `--debug`, `--ui`, PWDEBUG): only the full one can. */
export function showsBrowser(argv = process.argv, env = process.env): boolean {
  return (
    Boolean(env.PWDEBUG) ||
    argv.some((arg) => arg === '--headed' || arg === '--debug' || arg.startsWith('--ui'))
  );
}

/**
 * CHROMIUM_PATH, else Debian's headless shell when headless and installed, else Debian's chromium,
 * else Playwright's own browser (docs/decisions/0003). The bench asks for the full browser: it
 * measures what people run.
 */
export function chromiumExecutable({ headlessShell = true } = {}): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (headlessShell && existsSync(SYSTEM_HEADLESS_SHELL)) return SYSTEM_HEADLESS_SHELL;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** A quiet browser: no sandbox (containers), GPU, updates, sync or background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The e2e browser: the quiet one without TurboFan. A test's page lives seconds, so optimising its
 * hot functions rarely pays back, and the optimising compiler runs on a thread of its own: on two
 * cores it took CPU from the other worker. Without it, four specs (16 tests) used 166-170 CPU
 * seconds against 185-186, and ran in 91-93 s against 99-101 (interleaved runs). The benchmark
 * keeps `chromiumArgs`: V8 as shipped.
 */
export const testChromiumArgs = [...chromiumArgs, '--js-flags=--no-opt'];
