import { resourceLink } from './notification-text';

describe('resourceLink', () => {
  const fleet = { type: 'self-hosted-application', id: 'sh-003', name: 'Fleet Telemetry' };

  it('takes a tenant denial to the Tenants tab of the self-hosted application', () => {
    expect(resourceLink({ kind: 'self-hosted.tenant-denied', resource: fleet })).toEqual({
      href: '/my-applications/sh-003/tenants',
      label: 'View tenants of Fleet Telemetry',
    });
    expect(resourceLink({ kind: 'operation.succeeded', resource: fleet })).toEqual({
      href: '/my-applications/sh-003',
      label: 'View Fleet Telemetry',
    });
  });

  it('takes an application to its page and leaves unknown resources unlinked', () => {
    const app = { type: 'application', id: 'app-001', name: 'invoice-approvals' };
    expect(resourceLink({ kind: 'operation.succeeded', resource: app })?.href).toBe(
      '/applications/app-001',
    );
    expect(
      resourceLink({ kind: 'x', resource: { type: 'server', id: 's-1', name: 'spacetech' } }),
    ).toBeUndefined();
    expect(resourceLink({ kind: 'x' })).toBeUndefined();
  });
});
