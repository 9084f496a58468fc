import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from './repo';

/** The bench could not set itself up (a build failed, a server did not start): exit code 2. */
export class SetupError extends Error {}

const TAIL = 4000;

export interface Child {
  name: string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The last few thousand characters it printed, for error messages. */
  output: () => string;
  /** Ends it and everything it started (its process group); safe to call twice. */
  stop: () => Promise<void>;
}

/**
 * The bench runs under vite-node, which puts its own mode into the environment: NODE_ENV=development
 * and the `.env.development` values (VITE_API_MOCKING=true). A `vite build` that inherited them
 * would bundle React's development build and the simulator.
 */
function inheritedEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITE_')),
  );
}

/** Starts `command` in a process group of its own, so `stop` ends npm and what npm started. */
export function startChild(
  name: string,
  command: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Child {
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString()).slice(-TAIL);
  };
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    env: { ...inheritedEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      keep(Buffer.from(String(error)));
      resolve(-1);
    });
  });
  let done = false;
  void exited.then(() => (done = true));
  const signal = (sig: NodeJS.Signals) => {
    if (done || child.pid === undefined) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      // Already gone.
    }
  };
  return {
    name,
    exited,
    output: () => printed,
    stop: async () => {
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a command to its end; throws a SetupError with what it printed when it fails. */
export async function runToEnd(
  name: string,
  command: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<void> {
  const child = startChild(name, command, args, env);
  const code = await child.exited;
  if (code !== 0) {
    throw new SetupError(`${name} failed (exit ${String(code)}):\n${child.output()}`);
  }
}

/** Throws a SetupError when something already listens on the port (a server left running). */
export async function ensurePortFree(port: number, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(
        new SetupError(`Port ${String(port)} is in use: stop what runs there or set ${variable}.`),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Waits until `url` answers below 500; fails early when `child` exits first. */
export async function waitForUrl(url: string, child: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new SetupError(
        `${child.name} stopped (exit ${String(exitCode)}) before ${url} answered:\n${child.output()}`,
      );
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new SetupError(
    `${child.name} did not answer ${url} within ${String(timeoutMs / 1000)} s:\n${child.output()}`,
  );
}
