import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { SectionCard } from '@/components/layout/section-card';
import { paths } from '@/config/paths';

/** Whether tenants are being provisioned now, or would be by the next switch. */
function nowText(app: SelfHostedApplicationDetail): string {
  const running = app.switch;
  if (running) {
    const to = app.versions.find((v) => v.version === running.to);
    return app.requiresAppCredentials || to?.requiresAppCredentials
      ? `The switch to ${running.to} is provisioning tenants now: until it completes, a tenant may still deny.`
      : `Neither ${running.from} nor ${running.to} requires app credentials: tenants follow the switch without provisioning.`;
  }
  return app.requiresAppCredentials
    ? `${app.activeVersion}, the active version, requires app credentials: the next switch provisions tenants.`
    : `${app.activeVersion}, the active version, does not require app credentials: tenants are provisioned only if the version switched to requires them.`;
}

/** When a switch provisions tenants, what a tenant may do about it, and where operators hear. */
export function ProvisioningIntro({ app }: { app: SelfHostedApplicationDetail }) {
  return (
    <SectionCard title="How tenants are provisioned">
      <Typography>
        When the active version or the version being switched to requires app credentials, the
        switch provisions every tenant with access to the new version automatically. Each tenant
        gets an e-mail with a Deny button: a tenant that denies has no access to {app.name} at all,
        because the previous version is not activated again for it. Operators are told in{' '}
        <Link component={RouterLink} to={paths.inbox.href('', '?category=message')}>
          Inbox → Events (Message)
        </Link>{' '}
        and by a notification.
      </Typography>
      <Typography color="textSecondary">{nowText(app)}</Typography>
    </SectionCard>
  );
}
