/// <reference lib="webworker" />
// First: it notes when the script began to run, before the modules below are evaluated.
import { scriptStart } from './script-start';
import { answerApi } from '../api';
import { warmListIndex } from '../applications/list-index';
import { notFound, responseOfError } from '../core/responses';
import { serialQueue } from '../core/queue';
import { setRouteHost } from '../core/route-host';
import { simulator } from '../simulator';
import { openTextStore } from './idb-storage';
import { makeUpFor, slowed, slowedNow } from './slowdown';
import { answerControl, applyBoot, seedAtPageClock, type WorkerState } from './worker-controls';
import { BOOT_HEADER, CLOCK_HEADER, SIMULATOR_CHANNEL, type SimulatorMessage } from './protocol';

declare const self: ServiceWorkerGlobalScope;

const API = '/api/v1';
/** The benchmark's CPU slowdown, which Chromium does not apply to workers (see slowdown.ts). */
const slowdown = Number(new URL(self.location.href).searchParams.get('slowdown') ?? 1);
makeUpFor(slowdown, performance.now() - scriptStart);

/**
 * The page's clock: each request says what time it is there (tests fix it), and time flows on
 * from the latest one. The seed's dates and every operation's progress are counted on it.
 */
let pageClock = { at: Date.now(), received: performance.now() };
simulator.now = () => pageClock.at + (performance.now() - pageClock.received);

/**
 * Takes the time a request says, unless it is a little behind the worker's own count (it was
 * read before the request travelled): a clock that stepped back would undo work already counted.
 */
function followPageClock(at: number) {
  if (!(at > 0)) return;
  const behind = simulator.now() - at;
  pageClock = { at: behind > 0 && behind < 1000 ? at + behind : at, received: performance.now() };
}

const state: WorkerState = { freshSeed: false, storageFull: false, boots: new Set() };
const channel = new BroadcastChannel(SIMULATOR_CHANNEL);
simulator.onSaveStateChange(() =>
  channel.postMessage({ saveState: simulator.saveState } satisfies SimulatorMessage),
);

/** The saved state, or a seed; the worker answers nothing before this. */
const started = openTextStore(() => simulator.saveFailed()).then((store) =>
  slowedNow(slowdown, () => {
    simulator.attach({
      load: () => store.text,
      save: (text) => {
        if (state.storageFull) throw new DOMException('The storage is full.', 'QuotaExceededError');
        store.save(text);
      },
    });
    state.freshSeed = store.text === null;
    warmListIndex(simulator.db);
    return store;
  }),
);

const turns = serialQueue();
setRouteHost({
  userIdOf: (_request, db) => db.session.userId,
  // One request at a time, so the time a turn takes is its own work. How long it held the worker
  // goes back as Server-Timing (npm run bench reads it).
  exclusive: (work) =>
    turns(async () => {
      const start = performance.now();
      const answer = await slowed(slowdown, work);
      if (answer instanceof Response && answer.type !== 'error') {
        const ms = (performance.now() - start).toFixed(1);
        answer.headers.append('Server-Timing', `simulator;dur=${ms}`);
      }
      return answer;
    }),
});

async function answer(request: Request): Promise<Response> {
  await started;
  const path = new URL(request.url).pathname;
  const rest = path.slice(API.length);
  try {
    const boot = request.headers.get(BOOT_HEADER);
    slowedNow(slowdown, () => {
      const db = simulator.db;
      seedAtPageClock(state);
      if (boot) applyBoot(boot, state);
      // As a database builds its index as the data loads, not in the first list request.
      if (boot || simulator.db !== db) warmListIndex(simulator.db);
    });
    if (rest.startsWith('/simulator/')) {
      const control = rest.slice('/simulator'.length);
      return await turns(() => slowed(slowdown, () => answerControl(request, control, state)));
    }
    return (await answerApi(request)) ?? notFound(path);
  } catch (error) {
    return responseOfError(error);
  }
}

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
// A page loaded past the worker (a hard reload) asks to be served (start.js).
self.addEventListener('message', (event) => {
  if (event.data === 'claim') event.waitUntil(self.clients.claim());
});
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(`${API}/`)) return;
  followPageClock(Number(event.request.headers.get(CLOCK_HEADER)));
  const answered = answer(event.request);
  event.respondWith(answered);
  // A worker is stopped when idle: not before the state this request changed is written.
  event.waitUntil(answered.then(() => started).then((store) => store.written()));
});
