import { simulator } from '@mocks/simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from './api-client';
import { ApiError, isApiError } from './problem';
import { endpointWording } from './problem-wording';

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

const upgrade = () =>
  apiCall(endpoints.startTemplateUpgrade, {
    params: { applicationId: 'ia-002' },
    body: { revision: 1, toVersion: '2.0', components: ['web'] },
    idempotencyKey: 'k-problem-test',
  });
const projects = () => apiCall(endpoints.listProjects);

describe('ApiError headings when the server says no more than a status', () => {
  it('names what was refused and what to do (409 on an upgrade)', async () => {
    simulator.setScenario({ failure: { endpointId: 'startTemplateUpgrade', status: 409 } });
    const error = await failure(upgrade());
    expect(error.title).toBe('The upgrade was refused: someone else changed this application');
    expect(error.advice).toBe('Reload to see their change; your choices are kept.');
  });

  it.each([400, 403, 404, 409, 422, 429, 500, 503])(
    'never reads "Request refused with status %i", for a read or a change',
    async (status) => {
      for (const [endpointId, call] of [
        ['startTemplateUpgrade', upgrade],
        ['listProjects', projects],
      ] as const) {
        simulator.setScenario({ failure: { endpointId, status } });
        const error = await failure(call());
        expect(error.status).toBe(status);
        expect(error.title).not.toMatch(/status \d+|^HTTP \d+$/i);
        expect(error.advice).not.toBe('');
      }
    },
  );

  it('says a read could not be loaded, and why', async () => {
    simulator.setScenario({ failure: { endpointId: 'listProjects', status: 404 } });
    const error = await failure(projects());
    expect(error.title).toBe('The projects could not be loaded: it no longer exists');
    expect(error.advice).toBe('Someone may have removed it: go back and reload the list.');
  });

  it("keeps a problem's own title when it says more than its status", async () => {
    // The simulator's own rule: a version that is not an upgrade target of ia-002.
    const error = await failure(upgrade());
    expect(error.type).not.toBe('about:blank');
    expect(error.title).not.toMatch(/^The upgrade was refused/);
  });
});

describe('endpoint wording', () => {
  it('names every endpoint of the contract', () => {
    const missing = Object.keys(endpoints).filter((id) => !(id in endpointWording));
    expect(missing).toEqual([]);
  });
});
