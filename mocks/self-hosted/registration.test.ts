import { api, registered, statuses } from '@/testing/self-hosted-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';

describe('Register to Test', () => {
  it('runs as an operation whose status the version shows, then offers Confirm Update', async () => {
    const clock = simulatedClock();
    const op = await api.register('sh-001', '2.10.0');
    expect(op).toMatchObject({ kind: 'self-hosted.register', status: 'queued' });
    let app = await api.get('sh-001');
    expect(app.versions[0]).toMatchObject({
      status: 'registering',
      operationId: op.id,
      actions: [],
    });
    expect(app.registration).toMatchObject({
      version: '2.10.0',
      status: 'registering',
      operationId: op.id,
    });
    clock.advance(1000);
    expect((await api.operation(op.id)).steps.map((s) => s.status)).toEqual([
      'done',
      'running',
      'pending',
    ]);
    clock.advance(5000);
    app = await api.get('sh-001');
    expect(app.versions[0]).toMatchObject({
      status: 'registered',
      actions: ['withdraw', 'confirm-update'],
      registeredBy: { id: 'u-admin', name: 'Alex Morgan' },
    });
    expect(app.registration).toMatchObject({ status: 'registered', direction: 'update' });
    const history = await api.history('sh-001');
    expect(history.items.map((e) => [e.action, e.outcome, e.to])).toEqual([
      ['self-hosted.register', 'succeeded', '2.10.0'],
      ['self-hosted.register', 'started', '2.10.0'],
    ]);
  });

  it('refuses a second registration with a problem that names the one already there', async () => {
    simulatedClock();
    await api.register('sh-001', '2.10.0');
    for (const version of ['2.8.0', '2.10.0']) {
      const e = await refusal(api.register('sh-001', version));
      expect(e.status).toBe(409);
      expect(e.detail).toContain('2.10.0');
    }
    const other = await refusal(api.register('sh-004', '4.6.3'));
    expect(other).toMatchObject({
      status: 409,
      title: 'Another version is registered for test',
      type: 'https://upshift.example/problems/registration-exists',
    });
    expect(other.detail).toMatch(/^5\.1\.0 is already registered for test/);
    const active = await refusal(api.register('sh-004', '5.0.0'));
    expect([active.status, active.title]).toEqual([422, 'This version is already active']);
  });

  it('withdraws a registration: the version falls back to available or inactive', async () => {
    const visitors = await api.withdraw('sh-004', '5.1.0');
    expect(visitors.registration).toBeNull();
    expect(visitors.versions[0]).toMatchObject({
      version: '5.1.0',
      status: 'available',
      actions: ['register'],
    });
    expect(await statuses('sh-005')).toMatchObject({ '3.9.1': 'registered' });
    await api.withdraw('sh-005', '3.9.1');
    expect(await statuses('sh-005')).toMatchObject({ '3.9.1': 'inactive' });
    const again = await refusal(api.withdraw('sh-004', '5.1.0'));
    expect([again.status, again.title]).toEqual([409, 'This version is not registered for test']);
    expect((await api.history('sh-004')).items[0]).toMatchObject({
      action: 'self-hosted.withdraw',
      from: '5.1.0',
      actor: { name: 'Alex Morgan' },
    });
    const clock = simulatedClock();
    await api.register('sh-004', '4.6.3');
    expect((await refusal(api.withdraw('sh-004', '4.6.3'))).title).toBe(
      'The registration is still running',
    );
    clock.advance(10_000);
    await api.withdraw('sh-004', '4.6.3');
  });

  it('marks the version failed when its registration fails, and lets it be registered again', async () => {
    const clock = simulatedClock();
    simulator.setScenario({ failingOperationKind: 'self-hosted.register' });
    const op = await api.register('sh-001', '2.10.0');
    clock.advance(10_000);
    expect((await api.operation(op.id)).status).toBe('failed');
    const app = await api.get('sh-001');
    expect(app.versions[0]).toMatchObject({
      status: 'failed',
      actions: ['register'],
      failure: { operationId: op.id, title: 'The work failed' },
    });
    expect(app.registration).toBeNull();
    simulator.clearScenario();
    await registered('sh-001', '2.10.0', clock);
    expect((await api.get('sh-001')).versions[0]).not.toHaveProperty('failure');
  });
});
