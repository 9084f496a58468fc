import { z } from 'zod';
import { fieldErrorsOf, ProblemError, problems } from '../core/problems';
import { ScenarioPatch, Switch } from '../core/control-schemas';
import { errorProblem, jsonResponse, methodNotAllowed, problemResponse } from '../core/responses';
import { readBody } from '../core/http';
import { simulatorControl } from '../core/simulator-controls';
import { tenantChoices } from '../self-hosted/tenant-commands';
import { simulator } from '../simulator';

/** What a page of the standalone console presets before its first request (tests, QA). */
export const BootRequest = z
  .object({
    userId: z.string().min(1).optional(),
    largeDataset: z.boolean().optional(),
    scenario: ScenarioPatch.optional(),
  })
  .strict();
export type BootRequest = z.output<typeof BootRequest>;

const SessionRequest = z.object({ userId: z.string().min(1).nullable() }).strict();

/** How far the seed's instant may be from the page's clock before the page's clock wins. */
const SEED_CLOCK_SLACK_MS = 60_000;

export interface WorkerState {
  /** Seeded by this worker at its own clock and not changed since: a boot may seed it again. */
  freshSeed: boolean;
  /** Saves refuse, as a full storage would (QA's "storage full"). */
  storageFull: boolean;
  /** The ids of the boots applied (see applyBoot). */
  boots: Set<string>;
}

function parsed<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw problems.unprocessable(
    'The control was sent something it does not take',
    'Correct the fields named and try again.',
    fieldErrorsOf(result.error.issues),
  );
}

/**
 * A page's boot, from its first script's `X-Simulator-Boot` header: an id, then the preset's
 * JSON (URI-encoded). Each id is applied once, before the first request that carries it; the
 * page stops sending it once an answer has come back.
 */
export function applyBoot(header: string, state: WorkerState) {
  const space = header.indexOf(' ');
  if (space < 1) throw problems.badRequest('The X-Simulator-Boot header is not "<id> <preset>".');
  const id = header.slice(0, space);
  if (state.boots.has(id)) return;
  let body: unknown;
  try {
    body = JSON.parse(decodeURIComponent(header.slice(space + 1)));
  } catch {
    throw problems.badRequest('The X-Simulator-Boot header is not valid JSON.');
  }
  const boot = parsed(BootRequest, body);
  // Checked before anything changes: a preset is applied whole or not at all.
  if (boot.userId !== undefined && !simulator.db.users.some((u) => u.id === boot.userId)) {
    throw problems.unprocessable(
      'No such user',
      `The preset signs in as ${boot.userId}, who does not exist.`,
      [{ field: 'userId', message: `No user ${boot.userId}.` }],
    );
  }
  if (boot.largeDataset !== undefined) simulator.setLargeDataset(boot.largeDataset);
  if (boot.scenario) simulator.setScenario(boot.scenario);
  if (boot.userId !== undefined) simulator.signInAs(boot.userId);
  state.boots.add(id);
}

/**
 * The seed this worker made at its own clock, before any page asked: the first request says
 * the page's time, and when tests fixed it elsewhere the seed is made again at that time.
 */
export function seedAtPageClock(state: WorkerState) {
  if (!state.freshSeed) return;
  state.freshSeed = false;
  if (Math.abs(simulator.now() - simulator.db.settings.seededAt) > SEED_CLOCK_SLACK_MS) {
    simulator.reset({ largeDataset: simulator.db.settings.largeDataset });
  }
}

/**
 * The controls only the standalone console's service worker has, under `/api/v1/simulator`:
 * the signed-in person (one per browser, as a page's simulator had), storage
 * full, the simulator panel's settings, and the tenants QA may act as. Undefined when `rest` is none of them.
 */
export function workerControl(
  request: Request,
  rest: string,
  state: WorkerState,
): Promise<Response> | undefined {
  const only = async (method: string, run: (body: unknown) => unknown): Promise<Response> => {
    if (request.method !== method) return methodNotAllowed(method);
    const value = run(await readBody(request));
    return value === undefined
      ? new Response(null, { status: 204 })
      : jsonResponse(JSON.stringify(value));
  };
  switch (rest) {
    case '/session':
      return only('PUT', (body) => {
        simulator.signInAs(parsed(SessionRequest, body).userId);
      });
    case '/storage-full':
      return only('PUT', (body) => {
        state.storageFull = parsed(Switch, body).on;
        simulator.persist();
      });
    case '/settings':
      return only('GET', () => ({
        scenario: simulator.db.scenario,
        largeDataset: simulator.db.settings.largeDataset,
        saveState: simulator.saveState,
      }));
    case '/tenants':
      return only('GET', () => tenantChoices());
    default:
      return undefined;
  }
}

/**
 * Any control under `/api/v1/simulator/<rest>`: the worker's own, then those the Node server has.
 * What a control refuses is its problem (4xx); what the simulator cannot do is a 422 saying why.
 */
export async function answerControl(
  request: Request,
  rest: string,
  state: WorkerState,
): Promise<Response> {
  try {
    return await (workerControl(request, rest, state) ??
      simulatorControl(request, rest, (work) => Promise.resolve(work())));
  } catch (error) {
    if (error instanceof ProblemError) return problemResponse(error.problem);
    const detail = error instanceof Error ? error.message : String(error);
    return errorProblem(422, 'The simulator cannot do that', detail);
  }
}
