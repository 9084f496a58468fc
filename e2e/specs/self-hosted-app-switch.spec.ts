import { expect, test } from '../fixtures';
import { waitForOperation } from '../support/operations-api';
import {
  activeOf,
  energyGateway,
  fleetTelemetry,
  registerForTest,
  selfHostedRecord,
  startSwitch,
  visitorManagement,
} from '../support/self-hosted-api';
import { FAST } from '../support/simulator';

test.describe('a self-hosted application page', () => {
  test('Tenants: a switch provisions them, one denies and has no access, the rest move on', async ({
    page,
    selfHostedApp: app,
    simulator,
    shot,
  }) => {
    // The registration runs fast; the switch in real time while it is looked at, then fast.
    await simulator.bootSimulator({ scenario: FAST });
    await app.goto(fleetTelemetry.id, 'Tenants');
    await expect(app.provisioningIntro).toContainText(
      'the switch provisions every tenant with access to the new version automatically',
    );
    await expect(app.provisioningIntro).toContainText(
      '3.1.0, the active version, requires app credentials',
    );
    await expect(app.tenantRows(fleetTelemetry.name)).toHaveCount(5);
    const aurora = selfHostedRecord(await simulator.state(), fleetTelemetry.id).tenants.find(
      (t) => t.id === 't-aurora',
    );
    await expect(
      app.tenantRow(fleetTelemetry.name, 'Aurora Wind Parks').getByRole('cell'),
    ).toHaveText(['Denied', 'None', `No access${aurora?.noAccessReason ?? 'a reason'}`]);

    const registration = await registerForTest(simulator, fleetTelemetry.id, '3.2.0');
    await waitForOperation(simulator, registration.id);
    await simulator.setScenario({ operationSpeed: 1 });
    const change = { version: '3.2.0', direction: 'update', comment: 'Geofencing alerts' } as const;
    const running = await startSwitch(simulator, fleetTelemetry.id, change);
    // Kestrel presses Deny in the provisioning e-mail while the switch provisions it.
    await simulator.denyTenant(fleetTelemetry.id, 't-kestrel');
    await page.reload();

    await expect(app.switchBanner).toHaveAccessibleName('Updating to 3.2.0');
    await expect(app.switchBanner).toContainText(
      '3.1.0 keeps serving users until the switch to 3.2.0 completes.',
    );
    await expect(app.switchProgress('3.2.0')).toBeVisible();
    await expect(app.activeVersion).toHaveText('Active version 3.1.0');
    const kestrel = app.tenantRow(fleetTelemetry.name, 'Kestrel Logistics');
    await expect(kestrel.getByRole('cell')).toHaveText([
      'Denied',
      'None',
      /^No accessDenied provisioning to 3\.2\.0 on .*its users cannot use Fleet Telemetry\.$/,
    ]);
    const northwind = app.tenantRow(fleetTelemetry.name, 'Northwind Farms');
    await expect(northwind.getByRole('cell').first()).toHaveText(
      /^(Pending|Provisioned) → 3\.2\.0$/,
    );
    await expect(northwind.getByRole('cell').nth(1)).toHaveText('3.1.0');
    await shot('self-hosted tenants during a switch');
    await simulator.setScenario(FAST);

    // The page follows the switch by itself until it ends.
    await expect(app.switchBanner).toHaveCount(0, { timeout: 20_000 });
    await expect(app.activeVersion).toHaveText('Active version 3.2.0');
    await expect(northwind.getByRole('cell')).toHaveText(['Provisioned', '3.2.0', 'Has access']);
    await expect(kestrel.getByRole('cell').nth(2)).toContainText('No access');
    await expect(app.panel).toContainText('5 tenants · 2 tenants without access');
    await shot('self-hosted tenants after a switch');

    const db = await simulator.state();
    expect(db.operations.find((o) => o.id === running.id)?.status).toBe('succeeded');
    const tenants = Object.fromEntries(
      selfHostedRecord(db, fleetTelemetry.id).tenants.map((t) => [
        t.id,
        [t.provisioning, t.version],
      ]),
    );
    expect(tenants).toEqual({
      't-northwind-farms': ['provisioned', '3.2.0'],
      't-contoso-mining': ['provisioned', '3.2.0'],
      't-kestrel': ['denied', null],
      't-harbor-utilities': ['provisioned', '3.2.0'],
      't-aurora': ['denied', null],
    });
  });

  test('Settings show the active version’s roles until a switch to the new one succeeded; History records it', async ({
    selfHostedApp: app,
    simulator,
    shot,
  }) => {
    // Half speed while the switch is looked at (its 3.3 s take 6.6 s), then fast to its end.
    await simulator.bootSimulator({ scenario: { operationSpeed: 0.5 } });
    await app.goto(visitorManagement.id, 'Settings');
    const before = selfHostedRecord(await simulator.state(), visitorManagement.id);
    const activeRoles = activeOf(before)?.roles ?? [];
    const nextRoles = before.versions.find((v) => v.version === '5.1.0')?.roles ?? [];
    expect(nextRoles.map((r) => r.name)).toContain('COMPLIANCE_AUDITOR');

    await expect(app.rolesCard).toContainText(
      'Role descriptions of version 5.0.0, the active version',
    );
    await expect(app.rolesCard).toContainText(
      '5.1.0’s role descriptions show here once a switch to it has succeeded.',
    );
    const rows = app.rolesTable('5.0.0').getByRole('row');
    await expect(rows).toHaveText([
      'RoleDescription',
      ...activeRoles.map((r) => r.name + r.description),
    ]);

    await startSwitch(simulator, visitorManagement.id, {
      version: '5.1.0',
      direction: 'update',
      comment: 'Hosts pre-register guests',
    });
    await app.page.reload();
    await expect(app.switchBanner).toHaveAccessibleName('Updating to 5.1.0');
    // Not early: while the switch runs, Settings still show 5.0.0's roles.
    await expect(app.rolesTable('5.0.0')).toBeVisible();
    await expect(app.panel.getByText('COMPLIANCE_AUDITOR')).toHaveCount(0);
    await expect(app.rolesTable('5.0.0').getByRole('row', { name: /^RECEPTION/ })).toHaveText(
      'RECEPTIONRegisters visitors at the front desk',
    );
    await shot('self-hosted settings during a switch');
    await simulator.setScenario(FAST);

    await expect(app.switchBanner).toHaveCount(0, { timeout: 20_000 });
    await expect(app.activeVersion).toHaveText('Active version 5.1.0');
    await expect(app.rolesCard).toContainText(
      'Role descriptions of version 5.1.0, the active version',
    );
    await expect(app.rolesTable('5.1.0').getByRole('row')).toHaveText([
      'RoleDescription',
      ...nextRoles.map((r) => r.name + r.description),
    ]);
    const after = selfHostedRecord(await simulator.state(), visitorManagement.id);
    expect(activeOf(after)?.version).toBe('5.1.0');

    await app.openTab('History');
    const entries = app.historyEntries(visitorManagement.name);
    await expect(entries).toHaveCount(2);
    await expect(entries.first().getByRole('heading', { level: 2 })).toHaveText('Update');
    await expect(entries.first()).toContainText('Succeeded');
    await expect(entries.first()).toContainText('by Alex Morgan');
    await expect(entries.first()).toContainText('5.0.0 → 5.1.0');
    await expect(entries.first()).toContainText('Comment: Hosts pre-register guests');
    await expect(entries.nth(1)).toContainText('Started');
    const audit = (await simulator.state()).audit.filter(
      (e) => e.resource.id === visitorManagement.id,
    );
    expect(audit.map((e) => [e.action, e.outcome, e.from, e.to]).sort()).toEqual(
      [
        ['self-hosted.update', 'started', '5.0.0', '5.1.0'],
        ['self-hosted.update', 'succeeded', '5.0.0', '5.1.0'],
      ].sort(),
    );
    await shot('self-hosted history after a switch');
  });

  test('History lists a failed switch with its reason, newest first', async ({
    selfHostedApp: app,
    simulator,
  }) => {
    await simulator.bootSimulator({ scenario: FAST });
    const GATEWAY = energyGateway;
    await app.goto(GATEWAY.id, 'History');
    await expect(app.noHistory).toBeVisible();

    const registration = await registerForTest(simulator, GATEWAY.id, '1.5.0');
    await waitForOperation(simulator, registration.id);
    const switching = await startSwitch(simulator, GATEWAY.id, {
      version: '1.5.0',
      direction: 'update',
    });
    await waitForOperation(simulator, switching.id, 'failed');
    await app.page.reload();

    const entries = app.historyEntries(GATEWAY.name);
    await expect(entries.getByRole('heading', { level: 2 })).toHaveText([
      'Update',
      'Update',
      'Register to test',
      'Register to test',
    ]);
    const failed = entries.first();
    await expect(failed).toContainText('Failed');
    await expect(failed).toContainText('1.3.2 → 1.5.0');
    await expect(failed).toContainText(
      'Why: 1.5.0 did not start: 1.5.0 did not become healthy within 5 minutes, so traffic stays on 1.3.2.',
    );
    await expect(entries.nth(2)).toContainText('Succeeded');
    await expect(entries.nth(2)).toContainText('— → 1.5.0');
    await expect(app.activeVersion).toHaveText('Active version 1.3.2');
  });
});
