import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { advanceOperations } from '../core/operations';
import { setRouteHost } from '../core/route-host';
import { handlers } from '../handlers';
import { simulator } from '../simulator';
import type { ApiConfig } from './config';
import { DataFileError, fileStorage, removeLeftoverTemps } from './file-storage';
import { BodyTooLargeError, sendFetchResponse, toFetchRequest } from './node-io';
import { serialQueue } from '../core/queue';
import { errorProblem, notFound, responseOfError } from '../core/responses';
import { Sessions } from './sessions';
import { signIn, signOut } from './sign-in';
import { simulatorControl } from '../core/simulator-controls';

export const API_BASE = '/api/v1';
const HOST = '127.0.0.1';

export interface ApiServerOptions extends ApiConfig {
  /** How often running operations move on the clock with no request coming in. */
  tickMs?: number;
  log?: (line: string) => void;
}

export interface ApiServer {
  /** The API base, e.g. `http://127.0.0.1:8787/api/v1`. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

let running = false;

/** Takes the simulator's state from the data file; a file it cannot read is an error. */
function attachDataFile(path: string, log: (line: string) => void) {
  removeLeftoverTemps(path);
  const storage = fileStorage(path);
  const save = (text: string) => {
    try {
      storage.save(text);
    } catch (error) {
      log(`Could not write ${path}: ${String(error)}. Changes are kept in memory only.`);
      throw error;
    }
  };
  try {
    simulator.attach({ load: () => storage.load(), save }, { strict: true });
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataFileError(path, `it cannot be read as simulator state (${reason})`);
  }
}

/**
 * The simulator over real HTTP: the same msw handlers, answered through `getResponse`, one
 * request at a time, each person signed in by cookie, the state in a JSON file.
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  if (running) throw new Error('One API server per process: there is one simulator.');
  const log = options.log ?? ((line: string) => console.error(line));
  attachDataFile(options.dataFile, log);
  // Not a simulator: nothing may stay simulated from a data file a simulator wrote.
  if (options.simulatorControls) simulator.persist();
  else simulator.clearScenario();

  const exclusive = serialQueue();
  const sessions = new Sessions();
  setRouteHost({ userIdOf: (request) => sessions.userIdOf(request), exclusive });
  running = true;

  let origin = `http://${HOST}`;
  const route = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    const rest = path.startsWith(`${API_BASE}/`) ? path.slice(API_BASE.length) : null;
    if (rest === '/sign-in') return signIn(request, sessions);
    if (rest === '/sign-out') return signOut(request, sessions);
    if (rest?.startsWith('/simulator/') && options.simulatorControls) {
      return simulatorControl(request, rest.slice('/simulator'.length), exclusive);
    }
    if (rest === null || rest.startsWith('/simulator/')) return notFound(path);
    return (await getResponse(handlers, request)) ?? notFound(path);
  };
  const respond = async (message: IncomingMessage, out: ServerResponse) => {
    let response: Response;
    try {
      response = await route(await toFetchRequest(message, origin));
    } catch (error) {
      response =
        error instanceof BodyTooLargeError
          ? errorProblem(413, 'Content too large', 'The request body is over 1 MiB.')
          : responseOfError(error);
    }
    await sendFetchResponse(response, out);
  };

  // A caller that hangs up mid-answer is no error of the server's.
  const server = createServer((message, out) => {
    respond(message, out).catch(() => out.destroy());
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, HOST, resolve);
    });
  } catch (error) {
    release();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${String(port)}`;

  // Work finishes on the simulated clock even when no one asks: records and the file keep up.
  const ticker = setInterval(() => {
    void exclusive(() => {
      if (advanceOperations(simulator.db, simulator.now())) simulator.persist();
    });
  }, options.tickMs ?? 1000);
  ticker.unref();

  return {
    url: `${origin}${API_BASE}`,
    port,
    close: async () => {
      clearInterval(ticker);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await exclusive(() => undefined);
      release();
    },
  };
}

/** Back to the in-process simulator: one person, memory only (what Vitest expects). */
function release() {
  setRouteHost(null);
  simulator.attach({ load: () => null, save: () => undefined });
  running = false;
}
