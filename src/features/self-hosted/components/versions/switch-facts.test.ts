import { switchFacts } from './switch-facts';
import { application, appVersion } from '@/testing/versions-test-utils';

const text = (facts: ReturnType<typeof switchFacts>, term: string) =>
  facts.find((f) => f.term === term)?.text;

describe('switchFacts', () => {
  it('says from → to, that users stay on the active version, and that nothing is provisioned', () => {
    const app = application({ status: 'registered' });
    const to = app.versions[0] ?? appVersion();
    const facts = switchFacts(app, to);
    expect(facts.map((f) => f.term)).toEqual(['Switch', 'Users', 'Tenants', 'Roles']);
    expect(text(facts, 'Switch')).toBe('2.9.1 → 2.10.0, an update to a newer version.');
    expect(text(facts, 'Users')).toMatch(/^Keep using 2.9.1 until the switch completes/);
    expect(text(facts, 'Tenants')).toBe(
      'Neither version requires app credentials: no tenant is provisioned, and 2 tenants with access move to 2.10.0 with the switch.',
    );
    expect(text(facts, 'Roles')).toBe('2.10.0 has the same roles and role descriptions as 2.9.1.');
  });

  it('names the version that needs app credentials, counts tenants with access, and says roles change', () => {
    const app = application(
      { status: 'registered', requiresAppCredentials: true, rolesDifferFromActive: true },
      { tenantCount: 5, tenantsWithoutAccess: 1 },
    );
    const to = app.versions[0] ?? appVersion();
    const facts = switchFacts(app, to);
    expect(text(facts, 'Tenants')).toMatch(
      /^2.10.0 requires app credentials, so 4 tenants with access are provisioned to 2.10.0 automatically\./,
    );
    expect(text(facts, 'Roles')).toBe(
      '2.10.0 has different roles or role descriptions. Settings show them once the switch succeeds; until then they show those of 2.9.1.',
    );
  });

  it('calls going to an earlier version a downgrade', () => {
    const app = application();
    const earlier = app.versions[2] ?? appVersion();
    expect(text(switchFacts(app, earlier), 'Switch')).toBe(
      '2.9.1 → 2.8.0, a downgrade to an earlier version.',
    );
  });
});
