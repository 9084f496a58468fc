import { preparedUpgrade, readyToApply, servers } from '@/testing/servers-test-utils';
import { refusal, simulatedClock } from '@/testing/simulator-test-utils';
import { writeCheckOutput, writeVersionOutput } from '@/features/servers/script-output';
import { simulator } from '../simulator';
import { setServerFaults } from './fault-commands';

const MINUTE = 60_000;

describe('server installation and plan', () => {
  it('lists spacetech on 3.7.2 with an upgrade and one runner below the minimum', async () => {
    const page = await servers.list();
    expect(page.items.map((s) => [s.id, s.packageVersion, s.upgradeAvailable])).toEqual([
      ['novabank', null, true],
      ['orbital', '3.8.1', false],
      ['spacetech', '3.7.2', true],
    ]);
    const spacetech = await servers.get('spacetech');
    expect(spacetech).toMatchObject({ runnersBelowMinimum: 1, latestVersion: '3.8.1' });
    expect(spacetech.services.every((s) => s.tag === '3.7.2')).toBe(true);
    expect((await servers.get('novabank')).services).toEqual([]);
  });

  it('plans 3.7.2 → 3.8.1 with the new subdomain, the option and the runner below 1.9.0', async () => {
    const plan = await servers.plan('spacetech', '3.8.1');
    expect(plan).toMatchObject({
      direction: 'upgrade',
      crossed: ['3.8.0', '3.8.1'],
      minRunnerVersion: '1.9.0',
      runnersBelow: [{ name: 'spacetech-macos-02', version: '1.8.7' }],
      newSubdomains: [{ host: 'monitor.spacetech.com', version: '3.8.1' }],
      configOptions: [{ key: 'monitor.enabled' }],
    });
  });

  it('refuses an unknown target with the released versions and the latest (422)', async () => {
    const e = await refusal(servers.plan('spacetech', '9.9'));
    expect(e.status).toBe(422);
    expect(e.detail).toBe(
      '9.9 is not a released version. Released: 3.7.1, 3.7.2, 3.8.0, 3.8.1; the latest is 3.8.1.',
    );
    expect(simulator.db.serverUpgrades.map((u) => u.id)).toEqual(['spacetech-up-0']);
  });
});

describe('starting a server upgrade', () => {
  it('refuses a downgrade until it is acknowledged (422), then starts it', async () => {
    const e = await refusal(servers.start('orbital', { to: '3.7.2', mode: 'run-here' }));
    expect(e.status).toBe(422);
    expect(e.fieldErrors.acknowledgeDowngrade).toMatch(/3\.7\.2 is older than 3\.8\.1/);
    const op = await servers.start('orbital', {
      to: '3.7.2',
      mode: 'run-here',
      acknowledgeDowngrade: true,
    });
    const upgrade = await servers.upgrade('orbital', String(op.result?.upgradeId));
    expect(upgrade).toMatchObject({ from: '3.8.1', to: '3.7.2', downgrade: true });
  });

  it.each(['u-viewer', 'u-product-owner'])('refuses %s (403)', async (userId) => {
    simulator.signInAs(userId);
    const e = await refusal(servers.start('spacetech', { to: '3.8.1', mode: 'run-here' }));
    expect([e.status, e.requiredRoles]).toEqual([
      403,
      ['UPSHIFT_ADMINISTRATOR', 'UPSHIFT_OPERATOR'],
    ]);
  });

  it('refuses a second upgrade while one is unfinished (409), and a double click starts one', async () => {
    const clock = simulatedClock();
    const key = crypto.randomUUID();
    const [a, b] = await Promise.all([
      servers.start('spacetech', { to: '3.8.1', mode: 'run-here' }, key),
      servers.start('spacetech', { to: '3.8.1', mode: 'run-here' }, key),
    ]);
    expect(a.id).toBe(b.id);
    expect(simulator.db.serverUpgrades.filter((u) => u.status !== 'completed')).toHaveLength(1);
    clock.advance(MINUTE);
    const e = await refusal(servers.start('spacetech', { to: '3.8.0', mode: 'manual' }));
    expect([e.status, e.title]).toEqual([409, 'An upgrade of this server is not finished']);
  });
});

describe('the runbook', () => {
  it('walks 3.7.2 → 3.8.1: download, packages, config, export, DNS, then down → version', async () => {
    const clock = simulatedClock();
    const prepared = await preparedUpgrade(clock);
    expect(prepared.steps.slice(0, 2).map((s) => s.status)).toEqual(['done', 'done']);
    expect(prepared.steps[0]?.commands[0]).toBe(
      'curl -O -L https://cdn.appcircle.io/self-hosted/appcircle/appcircle-server-linux-x64-3.8.1.zip',
    );
    const ready = await readyToApply(clock, prepared.id);
    expect(ready.dnsConfirmed).toEqual(['monitor.spacetech.com']);
    expect((await servers.get('spacetech')).state).toBe('running');

    await servers.apply('spacetech', prepared.id, {
      confirmDowntime: true,
      dnsConfirmed: ['monitor.spacetech.com'],
    });
    clock.advance(MINUTE);
    expect((await servers.get('spacetech')).state).toBe('down');
    clock.advance(10 * MINUTE);
    const done = await servers.upgrade('spacetech', prepared.id);
    expect(done.status).toBe('completed');
    expect(Date.parse(done.upAt ?? '') - Date.parse(done.downAt ?? '')).toBe(135_000);
    expect(done.hashesAfter.map((h) => h.tag)).toEqual(Array(7).fill('3.8.1'));
    expect(done.runnersBelowMinimum).toEqual([{ name: 'spacetech-macos-02', version: '1.8.7' }]);
    const server = await servers.get('spacetech');
    expect(server).toMatchObject({
      packageVersion: '3.8.1',
      state: 'running',
      activeUpgradeId: null,
    });
    expect(server.services.every((s) => s.status === 'healthy')).toBe(true);
  });

  it('refuses steps out of order (409) and a downtime or DNS not confirmed (422)', async () => {
    const clock = simulatedClock();
    const { id } = await preparedUpgrade(clock);
    const early = await refusal(
      servers.apply('spacetech', id, { confirmDowntime: true, dnsConfirmed: [] }),
    );
    expect([early.status, early.title]).toEqual([409, 'That step is not next']);
    expect((await refusal(servers.export('spacetech', id))).status).toBe(409);
    await readyToApply(clock, id);
    const unconfirmed = await refusal(
      servers.apply('spacetech', id, { confirmDowntime: false, dnsConfirmed: [] }),
    );
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.fieldErrors).toEqual({
      confirmDowntime: 'Confirm that spacetech is unreachable from down until up.',
      dnsConfirmed: 'Add monitor.spacetech.com to DNS and tick it first.',
    });
    expect((await servers.get('spacetech')).state).toBe('running');
  });

  it('fails at packages without sudo; Retry resumes there once sudo is given', async () => {
    const clock = simulatedClock();
    setServerFaults('spacetech', { noSudo: true });
    const failed = await preparedUpgrade(clock);
    expect(failed).toMatchObject({ status: 'failed', failure: { step: 'packages' } });
    expect(failed.steps[0]?.status).toBe('done');
    setServerFaults('spacetech', {});
    await servers.retry('spacetech', failed.id);
    clock.advance(5 * MINUTE);
    const resumed = await servers.upgrade('spacetech', failed.id);
    expect(resumed.status).toBe('preparing');
    expect(resumed.steps[0]?.log.filter((l) => l.startsWith('Saved'))).toHaveLength(1);
  });

  it('a failed up leaves the server down; Retry resumes at up without running down again', async () => {
    const clock = simulatedClock();
    const { id } = await preparedUpgrade(clock);
    await readyToApply(clock, id);
    setServerFaults('spacetech', { failStep: 'up' });
    await servers.apply('spacetech', id, {
      confirmDowntime: true,
      dnsConfirmed: ['monitor.spacetech.com'],
    });
    clock.advance(10 * MINUTE);
    const failed = await servers.upgrade('spacetech', id);
    expect(failed).toMatchObject({ status: 'failed', failure: { step: 'up' } });
    expect((await servers.get('spacetech')).state).toBe('down');
    const downAt = failed.downAt;
    await servers.retry('spacetech', id);
    clock.advance(10 * MINUTE);
    const done = await servers.upgrade('spacetech', id);
    expect(done.status).toBe('completed');
    expect(done.downAt).toBe(downAt);
    expect(done.steps.find((s) => s.id === 'down')?.log).toHaveLength(1);
  });

  it('starts a scheduled apply at its time, and cancels one that has not started', async () => {
    const clock = simulatedClock();
    const { id } = await preparedUpgrade(clock);
    await readyToApply(clock, id);
    const at = new Date(simulator.now() + 60 * MINUTE).toISOString();
    const body = { confirmDowntime: true, dnsConfirmed: ['monitor.spacetech.com'], at };
    expect((await servers.apply('spacetech', id, body)).status).toBe('scheduled');
    expect((await servers.cancelSchedule('spacetech', id)).status).toBe('preparing');
    await servers.apply('spacetech', id, body);
    clock.advance(30 * MINUTE);
    expect((await servers.upgrade('spacetech', id)).status).toBe('scheduled');
    clock.advance(31 * MINUTE);
    expect((await servers.upgrade('spacetech', id)).status).toBe('applying');
    const late = await refusal(servers.cancelSchedule('spacetech', id));
    expect(late.detail).toBe('It has started: the server is being upgraded.');
  });

  it('reads pasted version and check output in manual mode and names what does not match', async () => {
    simulatedClock();
    const op = await servers.start('spacetech', { to: '3.8.1', mode: 'manual' });
    const id = String(op.result?.upgradeId);
    for (const step of ['download', 'packages', 'configuration', 'export'] as const)
      await servers.mark('spacetech', id, step);
    await servers.mark('spacetech', id, 'dns', { hosts: ['monitor.spacetech.com'] });
    const early = await refusal(servers.mark('spacetech', id, 'down'));
    expect(early.title).toBe('Confirm the downtime first');
    await servers.apply('spacetech', id, {
      confirmDowntime: true,
      dnsConfirmed: ['monitor.spacetech.com'],
    });
    for (const step of ['down', 'upgrade', 'up'] as const)
      await servers.mark('spacetech', id, step);
    const server = await servers.get('spacetech');
    const sick = writeCheckOutput('spacetech', [
      ...server.services.map((s) => ({ service: s.service, status: 'healthy' as const })),
    ]).replace(/monitor-1(\s+)healthy/, 'monitor-1$1unhealthy');
    const e = await refusal(servers.mark('spacetech', id, 'check', { output: sick }));
    expect(e.fieldErrors.output).toBe('monitor is unhealthy.');
    const healthy = writeCheckOutput(
      'spacetech',
      server.services.map((s) => ({ service: s.service, status: 'healthy' as const })),
    );
    await servers.mark('spacetech', id, 'check', { output: healthy });
    const wrong = await refusal(
      servers.mark('spacetech', id, 'version', { output: 'Script version: 3.8.1' }),
    );
    expect(wrong.fieldErrors.output).toBe(
      'No image hashes were read: paste what `version` printed.',
    );
    const output = writeVersionOutput('3.8.1', server.services);
    const done = await servers.mark('spacetech', id, 'version', { output });
    expect(done.status).toBe('completed');
    expect(done.hashesAfter).toHaveLength(7);
    const actions = simulator.db.audit
      .filter((a) => a.resource.id === 'spacetech')
      .map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'server.upgrade',
        'server.upgrade.step.download',
        'server.upgrade.downtime',
        'server.upgrade.step.down',
        'server.upgrade.completed',
      ]),
    );
  });
});

describe('global.yaml', () => {
  it('refuses invalid YAML with its line (422) and a stale revision (409), keeping the stored one', async () => {
    const { yaml, revision } = await servers.configuration('spacetech');
    const e = await refusal(servers.saveConfiguration('spacetech', `${yaml}\tbad: [`, revision));
    expect(e.status).toBe(422);
    expect(e.fieldErrors.yaml).toMatch(/^Line \d+, column \d+/);
    const saved = await servers.saveConfiguration(
      'spacetech',
      `${yaml}monitor:\n  enabled: true\n`,
      revision,
    );
    expect(saved.revision).toBe(revision + 1);
    const stale = await refusal(servers.saveConfiguration('spacetech', yaml, revision));
    expect([stale.status, stale.currentRevision]).toEqual([409, revision + 1]);
    expect((await servers.configuration('spacetech')).yaml).toContain('monitor:');
  });
});
