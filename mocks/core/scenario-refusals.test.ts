import { simulator } from '../simulator';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { ApiError } from '@/lib/problem';

const saveAccess = () =>
  apiCall(endpoints.updateApplicationAccess, {
    params: { applicationId: 'app-001' },
    body: {
      revision: 1,
      admins: { users: ['u-admin'], groups: [] },
      users: { users: [], groups: [] },
    },
  });

async function refusal(): Promise<ApiError> {
  const error: unknown = await saveAccess().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe("the simulator's scenario refuses like a real server", () => {
  it('a 422 names the fields it was given, as problem+json', async () => {
    simulator.setScenario({
      failure: {
        endpointId: 'updateApplicationAccess',
        status: 422,
        errors: [{ field: 'comment', message: 'Too vague.' }],
      },
    });
    const error = await refusal();
    expect(error).toMatchObject({
      status: 422,
      title: 'Some fields are not valid',
      fieldErrors: { comment: 'Too vague.' },
    });
    expect(simulator.db.access['app-001']?.revision).toBe(1);
  });

  it('a 409 says the revision the resource is at now', async () => {
    simulator.setScenario({
      failure: { endpointId: 'updateApplicationAccess', status: 409, currentRevision: 7 },
    });
    const error = await refusal();
    expect(error).toMatchObject({ status: 409, currentRevision: 7 });
    expect(error.title).toMatch(/someone else changed/i);
  });

  it('without them, a 4xx still says no more than its status', async () => {
    simulator.setScenario({ failure: { endpointId: 'updateApplicationAccess', status: 409 } });
    const error = await refusal();
    expect(error.type).toBe('about:blank');
    expect(error.currentRevision).toBeUndefined();
    expect(error.fieldErrors).toEqual({});
  });
});
