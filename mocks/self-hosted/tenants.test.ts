import { api, registered } from '@/testing/self-hosted-test-utils';
import { simulatedClock } from '@/testing/simulator-test-utils';
import { simulator } from '../simulator';
import { denyTenant, presetTenantDenial, tenantChoices } from './tenant-commands';

const tenantRows = async (applicationId: string) =>
  (await api.tenants(applicationId)).items.map((t) => [
    t.name,
    t.provisioning,
    t.version,
    t.provisioningTo ?? null,
    t.hasAccess,
  ]);

const messages = async (userId: string) => {
  simulator.signInAs(userId);
  const page = await api.notifications();
  return page.items.filter((n) => n.kind === 'self-hosted.tenant-denied');
};

/** Fleet Telemetry: 3.2.0 registered, then Confirm Update; returns the switch operation. */
async function updateFleet(clock: ReturnType<typeof simulatedClock>) {
  await registered('sh-003', '3.2.0', clock);
  return api.switchTo('sh-003', { version: '3.2.0', direction: 'update' });
}

describe('tenants during a switch that needs app credentials', () => {
  it('provisions every tenant with access to the new version; the old one serves meanwhile', async () => {
    const clock = simulatedClock();
    const op = await updateFleet(clock);
    expect(op.steps.map((s) => s.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(await tenantRows('sh-003')).toEqual([
      ['Aurora Wind Parks', 'denied', null, null, false],
      ['Contoso Mining', 'pending', '3.1.0', '3.2.0', true],
      ['Harbor Utilities', 'pending', '3.1.0', '3.2.0', true],
      ['Kestrel Logistics', 'pending', '3.1.0', '3.2.0', true],
      ['Northwind Farms', 'pending', '3.1.0', '3.2.0', true],
    ]);
    clock.advance(4500);
    expect((await tenantRows('sh-003'))[1]).toEqual([
      'Contoso Mining',
      'provisioned',
      '3.1.0',
      '3.2.0',
      true,
    ]);
    clock.advance(5000);
    expect((await tenantRows('sh-003'))[1]).toEqual([
      'Contoso Mining',
      'provisioned',
      '3.2.0',
      null,
      true,
    ]);
    expect((await api.operation(op.id)).result).toMatchObject({
      tenants: 4,
      tenantsWithoutAccess: 1,
    });
  });

  it('a tenant pressing Deny loses access, keeps no version, and administrators and operators are told', async () => {
    const clock = simulatedClock();
    await updateFleet(clock);
    clock.advance(1000);
    denyTenant('sh-003', 't-kestrel');
    const kestrel = (await api.tenants('sh-003')).items.find((t) => t.id === 't-kestrel');
    expect(kestrel).toMatchObject({ provisioning: 'denied', version: null, hasAccess: false });
    expect(kestrel?.noAccessReason).toBe(
      'Denied provisioning to 3.2.0 on 2026-11-22 (pressed Deny in the e-mail). 3.1.0 was not activated again for this tenant, so its users cannot use Fleet Telemetry.',
    );
    expect((await api.history('sh-003')).items[0]).toMatchObject({
      action: 'self-hosted.tenant-denied',
      outcome: 'refused',
      actor: { id: 't-kestrel', name: 'Kestrel Logistics (tenant)' },
      from: '3.1.0',
      to: '3.2.0',
    });
    clock.advance(10_000);
    expect((await api.get('sh-003')).activeVersion).toBe('3.2.0');
    expect((await tenantRows('sh-003')).filter(([, , , , access]) => !access)).toEqual([
      ['Aurora Wind Parks', 'denied', null, null, false],
      ['Kestrel Logistics', 'denied', null, null, false],
    ]);
    expect((await api.get('sh-003')).tenantsWithoutAccess).toBe(2);
    for (const userId of ['u-admin', 'u-operator']) {
      expect(await messages(userId)).toEqual([
        expect.objectContaining({
          category: 'message',
          severity: 'warning',
          title: 'Kestrel Logistics denied Fleet Telemetry 3.2.0',
          resource: { type: 'self-hosted-application', id: 'sh-003', name: 'Fleet Telemetry' },
        }),
      ]);
    }
    expect(await messages('u-viewer')).toEqual([]);
    expect(await messages('u-product-owner')).toEqual([]);
  });

  it('lets a tenant deny only while its provisioning e-mail is open', async () => {
    const clock = simulatedClock();
    expect(() => denyTenant('sh-003', 't-kestrel')).toThrow(
      /no provisioning e-mail to deny \(it is provisioned\)/,
    );
    await updateFleet(clock);
    clock.advance(4500);
    expect(() => denyTenant('sh-003', 't-kestrel')).toThrow(/it is provisioned/);
    expect(() => denyTenant('sh-003', 't-nobody')).toThrow(
      'Fleet Telemetry has no tenant "t-nobody"',
    );
    expect(() => presetTenantDenial('sh-003', 't-aurora')).toThrow(
      'Aurora Wind Parks already denied',
    );
  });

  it('a tenant preset to deny does so as soon as the switch e-mails it', async () => {
    const clock = simulatedClock();
    presetTenantDenial('sh-003', 't-contoso-mining');
    expect(
      tenantChoices().find((c) => c.tenantId === 't-contoso-mining')?.deniesNextProvisioning,
    ).toBe(true);
    await updateFleet(clock);
    expect((await tenantRows('sh-003'))[1]).toEqual([
      'Contoso Mining',
      'denied',
      null,
      null,
      false,
    ]);
    expect(await messages('u-operator')).toHaveLength(1);
  });

  it('a denial stands when the switch then fails; the others stay on the old version', async () => {
    const clock = simulatedClock();
    simulator.setScenario({ failingOperationKind: 'self-hosted.update' });
    const op = await updateFleet(clock);
    denyTenant('sh-003', 't-northwind-farms');
    clock.advance(10_000);
    expect((await api.operation(op.id)).status).toBe('failed');
    expect((await api.get('sh-003')).activeVersion).toBe('3.1.0');
    expect(await tenantRows('sh-003')).toEqual([
      ['Aurora Wind Parks', 'denied', null, null, false],
      ['Contoso Mining', 'provisioned', '3.1.0', null, true],
      ['Harbor Utilities', 'provisioned', '3.1.0', null, true],
      ['Kestrel Logistics', 'provisioned', '3.1.0', null, true],
      ['Northwind Farms', 'denied', null, null, false],
    ]);
  });

  it('provisions on a downgrade to a version without credentials too (the old one has them)', async () => {
    const clock = simulatedClock();
    await registered('sh-003', '3.0.4', clock);
    const op = await api.switchTo('sh-003', { version: '3.0.4', direction: 'reactivate' });
    expect(op.steps[0]).toMatchObject({ id: 'provision', status: 'pending' });
    clock.advance(10_000);
    expect((await tenantRows('sh-003'))[1]).toEqual([
      'Contoso Mining',
      'provisioned',
      '3.0.4',
      null,
      true,
    ]);
  });

  it('skips provisioning when neither version needs credentials', async () => {
    const clock = simulatedClock();
    await registered('sh-001', '2.10.0', clock);
    const op = await api.switchTo('sh-001', { version: '2.10.0', direction: 'update' });
    expect(op.steps[0]).toMatchObject({ id: 'provision', status: 'skipped' });
    expect(() => denyTenant('sh-001', 't-northwind')).toThrow(/it is not-required/);
    clock.advance(10_000);
    expect(await tenantRows('sh-001')).toEqual([
      ['Contoso Facilities', 'not-required', '2.10.0', null, true],
      ['Northwind Services', 'not-required', '2.10.0', null, true],
    ]);
  });
});
