import type { EndpointBody } from '@/contract/endpoint';
import { endpoints } from '@/contract/endpoints';
import { apiCall } from '@/lib/api-client';
import type { ApiError } from '@/lib/problem';
import { simulator } from '../simulator';

const params = { applicationId: 'app-004' };
const update = (body: EndpointBody<typeof endpoints.updateApplicationAccess>) =>
  apiCall(endpoints.updateApplicationAccess, { params, body });
const error = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as ApiError,
  );

describe('application access', () => {
  it('saves a change, bumps the revision and records who did it', async () => {
    const before = await apiCall(endpoints.getApplicationAccess, { params });
    const after = await update({
      ...before,
      admins: { users: ['u-nadia'], groups: ['g-hr-admins'] },
      comment: 'Hannah left',
    });
    expect(after.revision).toBe(before.revision + 1);
    expect(after.admins.users).toEqual(['u-nadia']);
    expect(simulator.db.audit.at(-1)).toMatchObject({
      action: 'application.access.update',
      resource: { type: 'application', id: 'app-004' },
      comment: 'Hannah left',
      actor: { id: 'u-admin', name: 'Alex Morgan' },
      outcome: 'succeeded',
    });
  });

  it('records only what changed, by name, from → to', async () => {
    const before = await apiCall(endpoints.getApplicationAccess, { params });
    await update({
      ...before,
      admins: { ...before.admins, users: ['u-nadia'] },
      users: { users: [...before.users.users, 'u-ken'], groups: before.users.groups },
    });
    const entry = simulator.db.audit.at(-1);
    expect(entry?.from).toBe('Admin users: Hannah Okafor; Users: Tom Fischer');
    expect(entry?.to).toBe('Admin users: Nadia Haddad; Users: Tom Fischer, Ken Watanabe');
    expect(entry?.comment).toBeUndefined();
  });

  it('answers a stale revision with 409 and the current revision', async () => {
    const read = await apiCall(endpoints.getApplicationAccess, { params });
    await update({ ...read, users: { users: ['u-ken'], groups: [] } });
    const e = await error(update({ ...read, users: { users: ['u-lukas'], groups: [] } }));
    expect(e).toMatchObject({
      status: 409,
      title: 'Someone else changed this access',
      currentRevision: read.revision + 1,
    });
  });

  it('refuses an administrator without ACTIVITI_ADMIN, naming the entry and the role', async () => {
    const read = await apiCall(endpoints.getApplicationAccess, { params });
    const e = await error(
      update({ ...read, admins: { users: ['u-hannah', 'u-sofia'], groups: ['g-hr-users'] } }),
    );
    expect(e.status).toBe(422);
    expect(e.detail).toBe('Every administrator needs the ACTIVITI_ADMIN role.');
    expect(e.fieldErrors).toEqual({
      'admins.users.1':
        'Sofia Lindqvist does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.',
      'admins.groups.0':
        'hr-users does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.',
    });
  });

  it('refuses a viewer and an operator (403)', async () => {
    const read = await apiCall(endpoints.getApplicationAccess, { params });
    for (const userId of ['u-viewer', 'u-operator']) {
      simulator.signInAs(userId);
      expect((await error(update(read))).status).toBe(403);
    }
    expect(simulator.db.access['app-004']?.revision).toBe(1);
  });

  it('refuses a body without a revision in the client before it is sent', async () => {
    await expect(
      update({ admins: { users: [], groups: [] }, users: { users: [], groups: [] } } as never),
    ).rejects.toThrow('send the revision');
  });
});
