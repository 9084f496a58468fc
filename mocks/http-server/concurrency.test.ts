// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { simulator } from '../simulator';
import { Browser, withTestApi, type Reply } from './test-support';

const ACCESS = '/applications/app-001/access';

const accessAudit = () =>
  simulator.db.audit.filter(
    (a) => a.action === 'application.access.update' && a.resource.id === 'app-001',
  );

const countBy = (replies: Reply[]) =>
  replies.reduce<Record<number, number>>(
    (n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }),
    {},
  );

describe('npm run api: concurrent requests, served one at a time', () => {
  const served = withTestApi();

  it('takes one of 50 concurrent edits of the same revision and answers the 49 others 409 with the revision now', async () => {
    const admin = new Browser(served.api);
    await admin.signIn('u-admin');
    const before = (await admin.send('GET', ACCESS)).body as { revision: number };
    const audited = accessAudit().length;

    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        admin.send('PUT', ACCESS, {
          revision: before.revision,
          admins: { users: ['u-admin'], groups: [] },
          users: { users: [], groups: [`g-${i % 2 ? 'hr' : 'finance'}-users`] },
          comment: `Edit ${String(i)}`,
        }),
      ),
    );

    expect(countBy(replies)).toEqual({ 200: 1, 409: 49 });
    for (const conflict of replies.filter((r) => r.status === 409)) {
      expect(conflict.body).toMatchObject({ currentRevision: before.revision + 1 });
    }
    expect((await admin.send('GET', ACCESS)).body).toMatchObject({ revision: before.revision + 1 });
    expect(accessAudit()).toHaveLength(audited + 1);
  });

  it('loses none of 50 edits that each retry from the revision their 409 names', async () => {
    const admin = new Browser(served.api);
    await admin.signIn('u-admin');
    const before = (await admin.send('GET', ACCESS)).body as { revision: number };
    const audited = accessAudit().length;

    const edit = async (i: number) => {
      let revision = before.revision;
      for (;;) {
        const reply = await admin.send('PUT', ACCESS, {
          revision,
          admins: { users: ['u-admin'], groups: [] },
          users: { users: [], groups: [] },
          comment: `Edit ${String(i)}`,
        });
        if (reply.status !== 409) return reply;
        revision = (reply.body as { currentRevision: number }).currentRevision;
      }
    };
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => edit(i)));

    expect(countBy(replies)).toEqual({ 200: 50 });
    const revisions = replies.map((r) => (r.body as { revision: number }).revision);
    expect(new Set(revisions).size).toBe(50);
    expect((await admin.send('GET', ACCESS)).body).toMatchObject({
      revision: before.revision + 50,
    });
    const comments = accessAudit()
      .slice(audited)
      .map((a) => a.comment);
    expect(comments.sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `Edit ${String(i)}`).sort(),
    );
  }, 60_000);

  it('gives the second of two people changing one server configuration a 409 with the current revision', async () => {
    const admin = new Browser(served.api);
    const operator = new Browser(served.api);
    await admin.signIn('u-admin');
    await operator.signIn('u-operator');
    const path = '/servers/spacetech/configuration';
    const read = await admin.send('GET', path);
    expect(read.status).toBe(200);
    const { yaml, revision } = read.body as { yaml: string; revision: number };

    const replies = await Promise.all(
      [admin, operator].map((who, i) =>
        who.send('PUT', path, { revision, yaml: `${yaml}\n# edit ${String(i)}\n` }),
      ),
    );

    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(replies.find((r) => r.status === 409)?.body).toMatchObject({
      currentRevision: revision + 1,
    });
  });

  it('replays the first answer to a retry with the same Idempotency-Key, even sent at once', async () => {
    const admin = new Browser(served.api);
    await admin.signIn('u-admin');
    const key = { 'Idempotency-Key': 'retry-1' };
    const check = (app: string) =>
      admin.send('POST', `/applications/${app}/readiness-checks`, undefined, key);
    const started = simulator.db.operations.length;

    const [first, retry] = await Promise.all([check('app-001'), check('app-001')]);

    expect(first).toMatchObject({ status: 202 });
    expect(retry.status).toBe(202);
    expect(retry.body).toEqual(first.body);
    expect(simulator.db.operations).toHaveLength(started + 1);
    expect(await check('app-002')).toMatchObject({
      status: 422,
      body: { title: 'Idempotency-Key reused' },
    });
  });

  it('keeps serving others while a simulated slow endpoint waits', async () => {
    const admin = new Browser(served.api);
    await admin.signIn('u-admin');
    await admin.send('PATCH', '/simulator/scenario', { timeoutEndpointId: 'listApplications' });
    const giveUp = new AbortController();
    const stuck = fetch(`${served.api.url}/applications`, {
      headers: { Cookie: admin.cookie },
      signal: giveUp.signal,
    }).then(
      (response) => response.status,
      () => 'no answer',
    );

    const started = performance.now();
    expect(await admin.send('GET', '/identity/me')).toMatchObject({ status: 200 });
    expect(performance.now() - started).toBeLessThan(2000);
    giveUp.abort();
    expect(await stuck).toBe('no answer');
    await admin.send('DELETE', '/simulator/scenario');
  });
});
