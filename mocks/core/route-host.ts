import type { Db } from '../db';

/**
 * What the `route()` wrapper asks of whatever serves it. In the standalone console's service
 * worker and in Vitest there is one signed-in person (`db.session`) and one caller at a time;
 * `npm run api` (mocks/http-server) takes the person from the request's session cookie and
 * serves requests one at a time.
 */
export interface RouteHost {
  /** The person a request acts for, or null (401). */
  userIdOf: (request: Request, db: Db) => string | null;
  /** Runs the part of a request that reads and changes the db, with no other request meanwhile. */
  exclusive: <T>(work: () => Promise<T>, request: Request) => Promise<T>;
}

const inProcess: RouteHost = {
  userIdOf: (_request, db) => db.session.userId,
  exclusive: (work) => work(),
};

let current: RouteHost = inProcess;

export function routeHost(): RouteHost {
  return current;
}

/** `null` goes back to the in-process host (one person, the db's session). */
export function setRouteHost(host: RouteHost | null) {
  current = host ?? inProcess;
}
