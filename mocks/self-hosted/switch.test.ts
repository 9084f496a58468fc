import { api, registered, statuses } from '@/testing/self-hosted-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

const activeVersions = async (applicationId: string) =>
  (await api.get(applicationId)).versions
    .filter((v) => v.status === 'active')
    .map((v) => v.version);

describe('Confirm Update and Confirm Reactivate refusals', () => {
  it('refuses Confirm Update on a version not registered for test (409)', async () => {
    const e = await refusal(api.switchTo('sh-001', { version: '2.10.0', direction: 'update' }));
    expect(e).toMatchObject({
      status: 409,
      title: 'This version is not registered for test',
      detail: '2.10.0 is not registered for test; register it to test first.',
    });
    const active = await refusal(api.switchTo('sh-001', { version: '2.9.1', direction: 'update' }));
    expect([active.status, active.detail]).toEqual([422, '2.9.1 is already the active version.']);
  });

  it('refuses Confirm Update for an earlier version and Confirm Reactivate for a newer one (422)', async () => {
    const down = await refusal(api.switchTo('sh-005', { version: '3.9.1', direction: 'update' }));
    expect(down).toMatchObject({ status: 422, title: 'Confirm Update is for newer versions' });
    expect(down.fieldErrors.direction).toBe(
      '3.9.1 is earlier than the active version 4.0.0: use Confirm Reactivate to go back to it.',
    );
    const up = await refusal(api.switchTo('sh-004', { version: '5.1.0', direction: 'reactivate' }));
    expect(up).toMatchObject({ status: 422, title: 'Confirm Reactivate is for earlier versions' });
    expect(simulator.db.operations).toEqual([]);
  });

  it.each(['u-viewer', 'u-product-owner'])('refuses %s every change (403)', async (userId) => {
    simulator.signInAs(userId);
    const attempts = [
      api.register('sh-001', '2.10.0'),
      api.withdraw('sh-004', '5.1.0'),
      api.switchTo('sh-004', { version: '5.1.0', direction: 'update' }),
    ];
    for (const attempt of attempts) {
      const e = await refusal(attempt);
      expect([e.status, e.requiredRoles]).toEqual([
        403,
        ['UPSHIFT_ADMINISTRATOR', 'UPSHIFT_OPERATOR'],
      ]);
    }
    expect(await statuses('sh-004')).toMatchObject({ '5.1.0': 'registered', '5.0.0': 'active' });
    expect(simulator.db.operations).toEqual([]);
  });

  it('starts one switch for repeated Yes clicks and refuses another switch while it runs (409)', async () => {
    simulatedClock();
    simulator.signInAs('u-operator');
    const yes = { version: '5.1.0', direction: 'update' } as const;
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      api.switchTo('sh-004', yes, key),
      api.switchTo('sh-004', yes, key),
    ]);
    const c = await api.switchTo('sh-004', yes, key);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(simulator.db.operations).toHaveLength(1);
    const second = await refusal(api.switchTo('sh-004', yes));
    expect(second).toMatchObject({ status: 409, title: 'A version switch is already running' });
    expect(second.detail).toBe('The switch to 5.1.0 is still running; wait for it to finish.');
    const register = await refusal(api.register('sh-004', '4.6.3'));
    expect([register.status, register.title]).toEqual([409, 'A version switch is already running']);
  });
});

describe('a switch', () => {
  it('keeps the old version active and its role descriptions in Settings until it succeeds', async () => {
    const clock = simulatedClock();
    const op = await api.switchTo('sh-004', {
      version: '5.1.0',
      direction: 'update',
      comment: 'Watch lists',
    });
    expect(op).toMatchObject({ kind: 'self-hosted.update', title: 'Update to 5.1.0' });
    expect(op.steps.map((s) => s.status)).toEqual(['skipped', 'pending', 'pending', 'pending']);
    for (const ms of [0, 1000, 1500]) {
      clock.advance(ms);
      const app = await api.get('sh-004');
      expect(await activeVersions('sh-004')).toEqual(['5.0.0']);
      expect(app).toMatchObject({
        activeVersion: '5.0.0',
        registration: null,
        switch: { operationId: op.id, from: '5.0.0', to: '5.1.0', direction: 'update' },
      });
      expect(app.versions[0]).toMatchObject({
        status: 'switching',
        operationId: op.id,
        actions: [],
      });
      expect((await api.settings('sh-004')).roles.map((r) => r.name)).not.toContain(
        'COMPLIANCE_AUDITOR',
      );
    }
    clock.advance(5000);
    expect((await api.operation(op.id)).status).toBe('succeeded');
    const after = await api.get('sh-004');
    expect(after).toMatchObject({ activeVersion: '5.1.0', switch: null, updateAvailable: false });
    expect(await statuses('sh-004')).toEqual({
      '5.1.0': 'active',
      '5.0.0': 'inactive',
      '4.6.3': 'inactive',
    });
    expect(after.versions[1]?.actions).toEqual(['register']);
    const settings = await api.settings('sh-004');
    expect(settings).toMatchObject({ version: '5.1.0' });
    expect(settings.roles.find((r) => r.name === 'HOST')?.description).toBe(
      'Is told when their visitors arrive and may pre-register guests',
    );
    expect(
      (await api.history('sh-004')).items.map((e) => [
        e.action,
        e.outcome,
        e.from,
        e.to,
        e.comment,
      ]),
    ).toEqual([
      ['self-hosted.update', 'succeeded', '5.0.0', '5.1.0', 'Watch lists'],
      ['self-hosted.update', 'started', '5.0.0', '5.1.0', 'Watch lists'],
    ]);
  });

  it('reactivates an earlier version (the downgrade)', async () => {
    const clock = simulatedClock();
    await registered('sh-002', '1.3.0', clock);
    const op = await api.switchTo('sh-002', { version: '1.3.0', direction: 'reactivate' });
    expect(op).toMatchObject({ kind: 'self-hosted.reactivate', title: 'Reactivate 1.3.0' });
    clock.advance(10_000);
    expect(await statuses('sh-002')).toEqual({
      '1.4.2': 'inactive',
      '1.3.0': 'active',
      '1.2.5': 'inactive',
    });
    expect((await api.get('sh-002')).updateAvailable).toBe(true);
    expect((await api.tenants('sh-002')).items.map((t) => [t.version, t.provisioning])).toEqual([
      ['1.3.0', 'not-required'],
      ['1.3.0', 'not-required'],
    ]);
  });

  it('leaves the old version active when a step fails (1.5.0 never starts)', async () => {
    const clock = simulatedClock();
    await registered('sh-006', '1.5.0', clock);
    const op = await api.switchTo('sh-006', { version: '1.5.0', direction: 'update' });
    clock.advance(1600);
    const failed = await api.operation(op.id);
    expect(failed).toMatchObject({ status: 'failed', error: { title: '1.5.0 did not start' } });
    expect(failed.steps.map((s) => s.status)).toEqual(['skipped', 'failed', 'skipped', 'skipped']);
    const app = await api.get('sh-006');
    expect(await activeVersions('sh-006')).toEqual(['1.3.2']);
    expect(app).toMatchObject({ activeVersion: '1.3.2', switch: null, registration: null });
    expect(app.versions[0]).toMatchObject({
      version: '1.5.0',
      status: 'failed',
      failure: { operationId: op.id },
    });
    expect((await api.history('sh-006')).items[0]).toMatchObject({
      outcome: 'failed',
      from: '1.3.2',
      to: '1.5.0',
    });
  });

  it('leaves the old version active and its roles in Settings when the switch fails (scenario)', async () => {
    const clock = simulatedClock();
    simulator.setScenario({ failingOperationKind: 'self-hosted.update' });
    const op = await api.switchTo('sh-004', { version: '5.1.0', direction: 'update' });
    clock.advance(3000);
    expect(await activeVersions('sh-004')).toEqual(['5.0.0']);
    clock.advance(3000);
    expect((await api.operation(op.id)).steps.map((s) => s.status)).toEqual([
      'skipped',
      'done',
      'done',
      'failed',
    ]);
    expect(await statuses('sh-004')).toEqual({
      '5.1.0': 'failed',
      '5.0.0': 'active',
      '4.6.3': 'inactive',
    });
    expect((await api.settings('sh-004')).version).toBe('5.0.0');
    expect((await api.settings('sh-004')).roles.map((r) => r.name)).not.toContain(
      'COMPLIANCE_AUDITOR',
    );
  });
});
