/** How the bench runs: from the command line (`--runs 5 --cpu 4`) and the environment (ports). */
export interface BenchOptions {
  /** Measured runs after the warm-up, each in a fresh browser. */
  runs: number;
  /** Chromium's CPU throttling rate (1 = none). */
  cpu: number;
  /** Reuse the builds already in bench/.out instead of building again. */
  skipBuild: boolean;
  ports: { api: number; preview: number; standalone: number; floor: number };
}

export class OptionsError extends Error {}

const USAGE =
  'Usage: npm run bench -- [--runs N] [--cpu N] [--skip-build]\n' +
  'Ports: BENCH_API_PORT, BENCH_PREVIEW_PORT, BENCH_STANDALONE_PORT, BENCH_FLOOR_PORT.';

function whole(name: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (text === undefined || text === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new OptionsError(
      `${name} takes a whole number from ${String(min)} to ${String(max)}.\n${USAGE}`,
    );
  }
  return value;
}

/** Reads `argv` (after the script name) and `env`; throws an OptionsError saying what is wrong. */
export function readOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): BenchOptions {
  let runs = 5;
  let cpu = 4;
  let skipBuild = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') runs = whole('--runs', value(), 1, 50);
    else if (flag === '--cpu') cpu = whole('--cpu', value(), 1, 20);
    else if (flag === '--skip-build') skipBuild = true;
    else throw new OptionsError(`Unknown option ${flag}.\n${USAGE}`);
  }
  const port = (name: string, fallback: number) =>
    env[name] ? whole(name, env[name], 1, 65535) : fallback;
  return {
    runs,
    cpu,
    skipBuild,
    ports: {
      api: port('BENCH_API_PORT', 8795),
      preview: port('BENCH_PREVIEW_PORT', 4195),
      standalone: port('BENCH_STANDALONE_PORT', 4196),
      floor: port('BENCH_FLOOR_PORT', 4197),
    },
  };
}
