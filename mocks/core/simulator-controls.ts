import type { z } from 'zod';
import type { HttpMethod } from '@/contract/endpoint';
import { fieldErrorsOf, ProblemError, problems } from './problems';
import { setPlatformFaults } from '../platform/fault-commands';
import { denyTenant, presetTenantDenial } from '../self-hosted/tenant-commands';
import { setServerFaults } from '../servers/fault-commands';
import { simulator } from '../simulator';
import {
  PlatformFaultsRequest,
  ResetRequest,
  ScenarioPatch,
  ServerFaultsRequest,
  Switch,
} from './control-schemas';
import { readBody } from './http';
import { errorProblem, jsonResponse, methodNotAllowed, notFound } from './responses';

type Params = Partial<Record<string, string>>;

interface Control {
  method: HttpMethod;
  path: RegExp;
  run: (params: Params, body: unknown) => unknown;
}

/** A control with no body; `run`'s answer is the JSON body, or 204 when it returns nothing. */
function control(method: HttpMethod, path: RegExp, run: (params: Params) => unknown): Control {
  return { method, path, run: (params) => run(params) };
}

/** A control whose JSON body `schema` parses first (422 naming the fields it refuses). */
function controlWith<S extends z.ZodType>(
  method: HttpMethod,
  path: RegExp,
  schema: S,
  run: (params: Params, body: z.output<S>) => unknown,
): Control {
  return {
    method,
    path,
    run: (params, raw) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        throw problems.unprocessable(
          'The control was sent something it does not take',
          'Correct the fields named and try again.',
          fieldErrorsOf(parsed.error.issues),
        );
      }
      return run(params, parsed.data);
    },
  };
}

const id = (name: string) => `(?<${name}>[^/]+)`;
const TENANT = `^/tenants/${id('applicationId')}/${id('tenantId')}`;

/**
 * What `window.upshiftSimulator` offers in the browser, over HTTP under `/api/v1/simulator`.
 * Only a simulator has these: `UPSHIFT_SIMULATOR=false` leaves them out.
 */
const controls: Control[] = [
  controlWith('POST', /^\/reset$/, ResetRequest.optional(), (_, body) => {
    simulator.reset({ largeDataset: body?.largeDataset ?? simulator.db.settings.largeDataset });
  }),
  control('GET', /^\/scenario$/, () => simulator.db.scenario),
  controlWith('PATCH', /^\/scenario$/, ScenarioPatch, (_, body) => {
    simulator.setScenario(body);
    return simulator.db.scenario;
  }),
  control('DELETE', /^\/scenario$/, () => {
    simulator.clearScenario();
    return simulator.db.scenario;
  }),
  controlWith('PUT', /^\/large-dataset$/, Switch, (_, { on }) => {
    simulator.setLargeDataset(on);
  }),
  control('GET', /^\/state$/, () => simulator.db),
  control('POST', new RegExp(`${TENANT}/deny$`), (p) => {
    denyTenant(p.applicationId ?? '', p.tenantId ?? '');
  }),
  controlWith('PUT', new RegExp(`${TENANT}/deny-next$`), Switch, (p, { on }) => {
    presetTenantDenial(p.applicationId ?? '', p.tenantId ?? '', on);
  }),
  controlWith(
    'PUT',
    new RegExp(`^/servers/${id('serverId')}/faults$`),
    ServerFaultsRequest,
    (p, f) => {
      setServerFaults(p.serverId ?? '', f);
    },
  ),
  controlWith(
    'PUT',
    new RegExp(`^/platform-environments/${id('environmentId')}/faults$`),
    PlatformFaultsRequest,
    (p, faults) => {
      setPlatformFaults(p.environmentId ?? '', faults);
    },
  ),
];

/** Serves `/api/v1/simulator/<rest>`; `exclusive` is the server's one-at-a-time turn. */
export async function simulatorControl(
  request: Request,
  rest: string,
  exclusive: <T>(work: () => T) => Promise<T>,
): Promise<Response> {
  const matching = controls.filter((c) => c.path.test(rest));
  if (matching.length === 0) return notFound(new URL(request.url).pathname);
  const found = matching.find((c) => c.method === request.method);
  if (!found) return methodNotAllowed(matching.map((c) => c.method).join(', '));
  const groups = found.path.exec(rest)?.groups ?? {};
  const params: Params = Object.fromEntries(
    Object.entries(groups).map(([name, value]) => [name, decodeURIComponent(value)]),
  );
  const body = await readBody(request);
  try {
    // Written out within the turn: the next request may change what the answer refers to.
    const answer = await exclusive(() => {
      const value = found.run(params, body);
      return value === undefined ? undefined : JSON.stringify(value);
    });
    return answer === undefined ? new Response(null, { status: 204 }) : jsonResponse(answer);
  } catch (error) {
    if (error instanceof Error && !(error instanceof ProblemError)) {
      return errorProblem(422, 'The simulator cannot do that', error.message);
    }
    throw error;
  }
}
