import type { AppVersion, SelfHostedApplicationDetail } from '@/contract/self-hosted';

export interface SwitchFact {
  term: string;
  text: string;
}

function credentialsOwner(from: AppVersion, to: AppVersion): string | null {
  if (from.requiresAppCredentials && to.requiresAppCredentials) return 'Both versions require';
  if (from.requiresAppCredentials) return `${from.version} requires`;
  if (to.requiresAppCredentials) return `${to.version} requires`;
  return null;
}

const tenants = (n: number) => `${String(n)} ${n === 1 ? 'tenant' : 'tenants'}`;

/**
 * What a Confirm Update / Confirm Reactivate will do, said before the person answers Yes:
 * from → to, who keeps being served, whether tenants are provisioned, whether roles change.
 */
export function switchFacts(app: SelfHostedApplicationDetail, to: AppVersion): SwitchFact[] {
  const from = app.versions.find((v) => v.status === 'active');
  if (!from) return [];
  const downgrade = to.relation === 'earlier';
  const owner = credentialsOwner(from, to);
  const withAccess = app.tenantCount - app.tenantsWithoutAccess;
  return [
    {
      term: 'Switch',
      text: `${from.version} → ${to.version}, ${downgrade ? 'a downgrade to an earlier version' : 'an update to a newer version'}.`,
    },
    {
      term: 'Users',
      text: `Keep using ${from.version} until the switch completes: nobody is interrupted. If the switch fails, ${from.version} stays active.`,
    },
    {
      term: 'Tenants',
      text: owner
        ? `${owner} app credentials, so ${tenants(withAccess)} with access ${withAccess === 1 ? 'is' : 'are'} provisioned to ${to.version} automatically. Each gets an e-mail and may deny: a tenant that denies cannot use ${app.name}, and you are notified in Inbox → Events.`
        : `Neither version requires app credentials: no tenant is provisioned, and ${tenants(withAccess)} with access move to ${to.version} with the switch.`,
    },
    {
      term: 'Roles',
      text: to.rolesDifferFromActive
        ? `${to.version} has different roles or role descriptions. Settings show them once the switch succeeds; until then they show those of ${from.version}.`
        : `${to.version} has the same roles and role descriptions as ${from.version}.`,
    },
  ];
}
