import { api, finished } from '@/testing/templates-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

describe('publishing', () => {
  it('publishes the source application as 1.1: a new release record with Redis (the seed walkthrough)', async () => {
    const clock = simulatedClock();
    const op = await api.publish('tpl-spacetech-portal', {
      revision: 1,
      version: '1.1',
      notes: 'Adds Redis for sessions',
    });
    expect(op).toMatchObject({ kind: 'template.publish', status: 'queued' });
    expect((await api.template('tpl-spacetech-portal')).source.publishing).toMatchObject({
      version: '1.1',
    });
    const done = await finished(op.id, clock);
    expect(done.status).toBe('succeeded');
    expect(done.log.map((l) => l.message)).toEqual(
      expect.arrayContaining(['redis: added', 'web: changed']),
    );
    const portal = await api.template('tpl-spacetech-portal');
    expect(portal.releases.map((r) => [r.version, r.notes, r.publisher.name])).toEqual([
      ['1.1', 'Adds Redis for sessions', 'Alex Morgan'],
      ['1.0', 'First release: gateway, web, API and MySQL.', 'Alex Morgan'],
    ]);
    expect(portal).toMatchObject({
      revision: 2,
      latestVersion: '1.1',
      hasUnpublishedChanges: false,
    });
    const v11 = await api.version('tpl-spacetech-portal', '1.1');
    expect(v11.components.map((c) => c.name)).toContain('redis');
    const app = await api.app('ia-001');
    expect(app).toMatchObject({
      version: '1.0',
      updateAvailable: true,
      upgradableVersions: ['1.1'],
    });
    const history = await api.history('template', 'tpl-spacetech-portal');
    expect(history.items.map((e) => [e.action, e.outcome, e.from, e.to])).toEqual([
      ['template.publish', 'succeeded', '1.0', '1.1'],
      ['template.publish', 'started', '1.0', '1.1'],
    ]);
  });

  it.each([
    ['1.0', '1.0'],
    ['0.9', '1.0'],
    ['1.0.0', '1.0'],
  ])('refuses %s, not greater than the latest, naming the latest (422)', async (version) => {
    const e = await refusal(
      api.publish('tpl-spacetech-portal', { revision: 1, version, notes: '' }),
    );
    expect(e).toMatchObject({ status: 422, title: 'The version must be greater than the latest' });
    expect(e.fieldErrors.version).toBe(
      `${version} is not greater than the latest version, 1.0. Give a greater version, such as 1.1.`,
    );
    expect(simulator.db.operations).toEqual([]);
  });

  it('compares by number: 1.9 is refused after 1.12, 1.13 accepted', async () => {
    const e = await refusal(
      api.publish('tpl-observability-stack', { revision: 13, version: '1.9', notes: '' }),
    );
    expect(e.detail).toContain('latest version, 1.12');
    const op = await api.publish('tpl-observability-stack', {
      revision: 13,
      version: '1.13',
      notes: '',
    });
    expect(op.status).toBe('queued');
  });

  it('refuses a version that is not one (422), a stale revision (409) and a second publish (409)', async () => {
    const bad = await refusal(
      api.publish('tpl-team-wiki', { revision: 3, version: 'v2', notes: '' }),
    );
    expect([bad.status, Object.keys(bad.fieldErrors)]).toEqual([422, ['version']]);
    const stale = await refusal(
      api.publish('tpl-team-wiki', { revision: 1, version: '2.1', notes: '' }),
    );
    expect(stale).toMatchObject({ status: 409, currentRevision: 3 });
    await api.publish('tpl-team-wiki', { revision: 3, version: '2.1', notes: '' });
    const second = await refusal(
      api.publish('tpl-team-wiki', { revision: 3, version: '2.2', notes: '' }),
    );
    expect(second).toMatchObject({ status: 409, title: 'A version is already being published' });
  });

  it.each(['u-product-owner', 'u-viewer', 'u-operator'])(
    'refuses %s (403, naming the permission) but lets them read every diff',
    async (userId) => {
      simulator.signInAs(userId);
      const e = await refusal(
        api.publish('tpl-spacetech-portal', { revision: 1, version: '1.1', notes: '' }),
      );
      expect([e.status, e.requiredRoles]).toEqual([403, ['UPSHIFT_ADMINISTRATOR']]);
      expect(e.detail).toContain('"templates:publish"');
      expect(
        (await api.diff('tpl-spacetech-portal', { from: '1.0', to: '1.0' })).summary.unchanged,
      ).toBe(4);
      expect(simulator.db.operations).toEqual([]);
    },
  );

  it('starts one publish for a repeated request with the same Idempotency-Key', async () => {
    const key = crypto.randomUUID();
    const body = { revision: 1, version: '1.1', notes: '' };
    const [a, b] = await Promise.all([
      api.publish('tpl-spacetech-portal', body, key),
      api.publish('tpl-spacetech-portal', body, key),
    ]);
    expect(a.id).toBe(b.id);
    expect(simulator.db.operations).toHaveLength(1);
  });
});
