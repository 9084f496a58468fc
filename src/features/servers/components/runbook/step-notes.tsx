import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { RunbookStepId } from '@/contract/server-upgrades';
import type { RunbookView } from './runbook-view';

/** What a step needs said beyond its title: root for packages, the subdomains for DNS. */
export function stepNotes({ upgrade, plan }: RunbookView, id: RunbookStepId): ReactNode {
  switch (id) {
    case 'packages': {
      const updates = plan?.packageUpdates ?? [];
      return (
        <>
          <Typography variant="body2">
            Needs root: the user running it must be able to run sudo (a sudoer).
          </Typography>
          {updates.length > 0 && (
            <Typography variant="body2">
              {`Updates: ${updates.map((u) => `${u.name} ${u.version}`).join(', ')}.`}
            </Typography>
          )}
        </>
      );
    }
    case 'dns':
      return upgrade.newSubdomains.length === 0 ? (
        <Typography variant="body2">
          {`${upgrade.to} brings no new subdomain: nothing to add.`}
        </Typography>
      ) : (
        <Typography variant="body2">
          {`${upgrade.to} brings a service with its own subdomain: add ${upgrade.newSubdomains.map((d) => d.host).join(', ')} to your DNS server.`}
        </Typography>
      );
    default:
      return null;
  }
}
