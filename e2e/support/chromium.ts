import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own browser (docs/decisions/0003). */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
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
