import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import { ApiError } from '@/lib/problem';
import { simulator } from '../simulator';

const access = () =>
  apiCall(endpoints.getApplicationAccess, { params: { applicationId: 'app-001' } });

const saveAccess = async (revision: number, users: string[]) => {
  const current = await access();
  return apiCall(endpoints.updateApplicationAccess, {
    params: { applicationId: 'app-001' },
    body: { revision, admins: current.admins, users: { ...current.users, users } },
  });
};

afterEach(() => simulator.attach({ load: () => null, save: () => undefined }));

describe('two tabs of one browser', () => {
  it('share one state: a revision the other tab moved on gets 409, as from a server', async () => {
    let stored: string | null = null;
    simulator.attach({ load: () => stored, save: (text) => (stored = text) });
    const before = await access();
    simulator.persist();
    const untouched = String(stored);

    // The other tab saves a change; this tab hears of it through the storage event.
    await saveAccess(before.revision, [...before.users.users, 'u-operator']);
    const theirs = String(stored);
    simulator.adopt(untouched);
    expect((await access()).revision).toBe(before.revision);
    simulator.adopt(theirs);

    const error = await saveAccess(before.revision, before.users.users).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409 });
    expect((await access()).users.users).toContain('u-operator');
  });

  it('ignores a saved state it cannot read', () => {
    const db = simulator.db;
    simulator.adopt('{not json');
    simulator.adopt(JSON.stringify({ version: 0, db: {} }));
    expect(simulator.db).toBe(db);
  });
});

describe('when the browser stops taking saves', () => {
  it('says so, and says again when saving works again', () => {
    let full = true;
    const changes: string[] = [];
    simulator.attach({
      load: () => null,
      save: () => {
        if (full) throw new DOMException('quota exceeded', 'QuotaExceededError');
      },
    });
    const stop = simulator.onSaveStateChange(() => changes.push(simulator.saveState));
    simulator.signInAs('u-operator');
    expect(simulator.saveState).toBe('failed');
    simulator.signInAs('u-admin');
    full = false;
    simulator.signInAs('u-viewer');
    expect(simulator.saveState).toBe('saved');
    expect(changes).toEqual(['failed', 'saved']);
    stop();
  });
});
