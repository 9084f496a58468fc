import type { SelfHostedApplication } from '@/contract/self-hosted';
import { stateLines } from './state-text';

const base: SelfHostedApplication = {
  id: 'sh-x',
  name: 'X',
  description: '',
  publisher: 'P',
  activeVersion: '2.3.0',
  newestVersion: '2.4.0',
  updateAvailable: true,
  requiresAppCredentials: false,
  registration: null,
  switch: null,
  tenantCount: 2,
  tenantsWithoutAccess: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const actor = { id: 'u', name: 'U' };

describe('stateLines', () => {
  it('is empty when nothing runs, nothing is registered and every tenant has access', () => {
    expect(stateLines(base)).toEqual([]);
  });

  it('says what runs or waits, and counts tenants without access', () => {
    const texts = (app: Partial<SelfHostedApplication>) =>
      stateLines({ ...base, ...app }).map((l) => l.text);
    expect(
      texts({
        switch: {
          operationId: 'op',
          from: '2.3.0',
          to: '2.4.0',
          direction: 'update',
          startedAt: base.updatedAt,
          startedBy: actor,
        },
        tenantsWithoutAccess: 1,
      }),
    ).toEqual(['Switching 2.3.0 → 2.4.0', '1 tenant without access']);
    expect(
      texts({ registration: { version: '2.4.0', status: 'registering', direction: 'update' } }),
    ).toEqual(['Registering 2.4.0']);
    expect(
      texts({
        registration: { version: '2.4.0', status: 'registered', direction: 'update' },
        tenantsWithoutAccess: 3,
      }),
    ).toEqual(['2.4.0 registered for test', '3 tenants without access']);
  });
});
