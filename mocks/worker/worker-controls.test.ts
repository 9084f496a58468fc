import { defaultScenario } from '../core/scenario';
import { ProblemError } from '../core/problems';
import { simulator } from '../simulator';
import {
  answerControl,
  applyBoot,
  seedAtPageClock,
  workerControl,
  type WorkerState,
} from './worker-controls';

let state: WorkerState;
beforeEach(() => {
  state = { freshSeed: false, storageFull: false, boots: new Set() };
});

const bootHeader = (id: string, preset: unknown) =>
  `${id} ${encodeURIComponent(JSON.stringify(preset))}`;

const control = (method: string, rest: string, body?: unknown) =>
  new Request(`http://localhost/api/v1/simulator${rest}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('a page’s boot header', () => {
  it('signs in, switches the large dataset and sets the scenario it presets', () => {
    applyBoot(
      bootHeader('1', {
        userId: 'u-operator',
        largeDataset: true,
        scenario: { latencyMs: 300, offline: true },
      }),
      state,
    );
    expect(simulator.db.session.userId).toBe('u-operator');
    expect(simulator.db.settings.largeDataset).toBe(true);
    expect(simulator.db.scenario).toEqual({ ...defaultScenario, latencyMs: 300, offline: true });
  });

  it('is applied once per id, however many requests carry it', () => {
    const header = bootHeader('7', { userId: 'u-operator' });
    applyBoot(header, state);
    simulator.signInAs('u-viewer');
    applyBoot(header, state);
    expect(simulator.db.session.userId).toBe('u-viewer');

    applyBoot(bootHeader('8', { userId: 'u-operator' }), state);
    expect(simulator.db.session.userId).toBe('u-operator');
  });

  it('changes nothing when it presets nothing', () => {
    const before = structuredClone(simulator.db);
    applyBoot(bootHeader('1', {}), state);
    expect(simulator.db).toEqual(before);
  });

  it('is a bad request when its preset is not JSON', () => {
    expect(problemOf(() => applyBoot('1 %7Bnot-json', state))).toMatchObject({ status: 400 });
    expect(problemOf(() => applyBoot('2 %E0%A4%A', state))).toMatchObject({ status: 400 });
  });

  it('names a field the preset may not have', () => {
    const problem = problemOf(() =>
      applyBoot(bootHeader('1', { userId: 'u-operator', colour: 'red' }), state),
    );
    expect(problem.status).toBe(422);
    expect(problem.errors).toEqual([{ field: '(body)', message: 'Unrecognized key: "colour"' }]);
  });

  it('names a preset field of the wrong type', () => {
    const problem = problemOf(() => applyBoot(bootHeader('1', { largeDataset: 'yes' }), state));
    expect(problem.status).toBe(422);
    expect(problem.errors?.map((e) => e.field)).toEqual(['largeDataset']);
  });

  it('refuses to sign in as someone the simulator does not know, changing nothing', () => {
    const before = structuredClone(simulator.db);
    const header = bootHeader('1', { userId: 'u-nobody', largeDataset: true });
    const problem = problemOf(() => applyBoot(header, state));
    expect(problem.status).toBe(422);
    expect(problem.errors?.map((e) => e.field)).toEqual(['userId']);
    expect(simulator.db).toEqual(before);
  });

  it('is refused again on every request that carries it, until it is one the simulator takes', () => {
    const header = bootHeader('1', { userId: 'u-nobody' });
    expect(problemOf(() => applyBoot(header, state)).status).toBe(422);
    expect(problemOf(() => applyBoot(header, state)).status).toBe(422);
  });

  it('is a bad request without an id before its preset', () => {
    expect(problemOf(() => applyBoot('nospace', state))).toMatchObject({ status: 400 });
    expect(problemOf(() => applyBoot(' {}', state))).toMatchObject({ status: 400 });
  });
});

describe('the seed the worker made before any page asked', () => {
  let pageNow: typeof simulator.now;
  beforeEach(() => {
    pageNow = simulator.now;
  });
  afterEach(() => {
    simulator.now = pageNow;
  });

  it('is made again at the page’s clock when that is more than a minute away', () => {
    state.freshSeed = true;
    const pageTime = simulator.db.settings.seededAt + 61_000;
    simulator.now = () => pageTime;
    seedAtPageClock(state);
    expect(simulator.db.settings.seededAt).toBe(pageTime);
    expect(state.freshSeed).toBe(false);
  });

  it('is made again when the page’s clock is behind it by more than a minute', () => {
    state.freshSeed = true;
    const pageTime = simulator.db.settings.seededAt - 24 * 3_600_000;
    simulator.now = () => pageTime;
    seedAtPageClock(state);
    expect(simulator.db.settings.seededAt).toBe(pageTime);
  });

  it('keeps the scenario when it is made again', () => {
    state.freshSeed = true;
    simulator.setScenario({ latencyMs: 500 });
    const pageTime = simulator.db.settings.seededAt + 3_600_000;
    simulator.now = () => pageTime;
    seedAtPageClock(state);
    expect(simulator.db.scenario.latencyMs).toBe(500);
  });

  it('stays when the page’s clock is within a minute of it', () => {
    state.freshSeed = true;
    const seeded = simulator.db;
    simulator.now = () => seeded.settings.seededAt + 59_000;
    seedAtPageClock(state);
    expect(simulator.db).toBe(seeded);
    expect(state.freshSeed).toBe(false);
  });

  it('is made again at most once, on the first request', () => {
    state.freshSeed = true;
    const first = simulator.db.settings.seededAt + 120_000;
    simulator.now = () => first;
    seedAtPageClock(state);
    const reseeded = simulator.db;

    simulator.now = () => first + 3_600_000;
    seedAtPageClock(state);
    expect(simulator.db).toBe(reseeded);
    expect(simulator.db.settings.seededAt).toBe(first);
  });

  it('is never made again when the worker found saved state', () => {
    const saved = simulator.db;
    simulator.now = () => saved.settings.seededAt + 3_600_000;
    seedAtPageClock(state);
    expect(simulator.db).toBe(saved);
  });
});

describe('the service worker’s own controls', () => {
  const answer = async (method: string, rest: string, body?: unknown) => {
    const response = workerControl(control(method, rest, body), rest, state);
    if (!response) throw new Error(`no worker control answers ${rest}`);
    return await response;
  };

  it('signs in as someone and signs out', async () => {
    expect((await answer('PUT', '/session', { userId: 'u-operator' })).status).toBe(204);
    expect(simulator.db.session.userId).toBe('u-operator');
    expect((await answer('PUT', '/session', { userId: null })).status).toBe(204);
    expect(simulator.db.session.userId).toBeNull();
  });

  it('refuses a session body it does not take, naming the field', async () => {
    const refusal: unknown = await answer('PUT', '/session', { user: 'u-operator' }).catch(
      (error: unknown) => error,
    );
    if (!(refusal instanceof ProblemError)) throw new Error('the control did not refuse');
    expect(refusal.problem.status).toBe(422);
    expect(refusal.problem.errors?.map((e) => e.field)).toEqual(['userId', '(body)']);
    expect(refusal.problem.errors?.[1]?.message).toBe('Unrecognized key: "user"');
    expect(simulator.db.session.userId).toBe('u-admin');
  });

  it('answers a method a control does not take with 405 and the one it does', async () => {
    const session = await answer('GET', '/session');
    expect(session.status).toBe(405);
    expect(session.headers.get('Allow')).toBe('PUT');
    const settings = await answer('POST', '/settings', {});
    expect(settings.status).toBe(405);
    expect(settings.headers.get('Allow')).toBe('GET');
  });

  describe('storage full', () => {
    beforeEach(() =>
      simulator.attach({
        load: () => null,
        save: () => {
          if (state.storageFull)
            throw new DOMException('The storage is full.', 'QuotaExceededError');
        },
      }),
    );
    afterEach(() => simulator.attach({ load: () => null, save: () => undefined }));

    it('makes saves fail until it is switched off, and says so at once', async () => {
      expect((await answer('PUT', '/storage-full', { on: true })).status).toBe(204);
      expect(state.storageFull).toBe(true);
      expect(simulator.saveState).toBe('failed');

      expect((await answer('PUT', '/storage-full', { on: false })).status).toBe(204);
      expect(state.storageFull).toBe(false);
      expect(simulator.saveState).toBe('saved');
    });
  });

  it('tells the simulator panel its settings', async () => {
    simulator.setScenario({ latencyMs: 250 });
    const response = await answer('GET', '/settings');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual({
      scenario: { ...defaultScenario, latencyMs: 250 },
      largeDataset: false,
      saveState: 'saved',
    });
  });

  it('lists the tenants QA may act as', async () => {
    const response = await answer('GET', '/tenants');
    expect(response.status).toBe(200);
    const tenants: unknown = await response.json();
    expect(tenants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          applicationId: 'sh-003',
          applicationName: 'Fleet Telemetry',
          tenantId: 't-kestrel',
          tenantName: 'Kestrel Logistics',
          provisioning: 'provisioned',
          deniesNextProvisioning: false,
        }),
      ]),
    );
  });

  it('leaves any other control to the controls the Node server has', () => {
    expect(workerControl(control('GET', '/scenario'), '/scenario', state)).toBeUndefined();
    expect(workerControl(control('GET', '/nothing'), '/nothing', state)).toBeUndefined();
  });
});

describe('a control the service worker answers', () => {
  it('is one of the worker’s own when it has one', async () => {
    const response = await answerControl(control('GET', '/settings'), '/settings', state);
    expect(await response.json()).toMatchObject({ largeDataset: false, saveState: 'saved' });
  });

  it('is one of the Node server’s otherwise', async () => {
    simulator.setScenario({ offline: true });
    const response = await answerControl(control('GET', '/scenario'), '/scenario', state);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...defaultScenario, offline: true });
  });

  it('answers what a control refuses with its problem, and what the simulator cannot do with 422', async () => {
    const refused = await answerControl(
      control('PUT', '/session', { user: 'u-operator' }),
      '/session',
      state,
    );
    expect(refused.status).toBe(422);
    expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
    const impossible = await answerControl(
      control('PUT', '/session', { userId: 'u-nobody' }),
      '/session',
      state,
    );
    expect(impossible.status).toBe(422);
    expect(await impossible.json()).toMatchObject({
      title: 'The simulator cannot do that',
      detail: 'No such user: u-nobody',
    });
  });

  it('is not found when neither has it', async () => {
    const response = await answerControl(control('GET', '/nothing'), '/nothing', state);
    expect(response.status).toBe(404);
  });
});
