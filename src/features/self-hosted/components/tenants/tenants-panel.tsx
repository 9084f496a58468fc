import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { formatCount } from '@/lib/format';
import { isBusy } from '../../api/get-self-hosted-application';
import { useSelfHostedTenants } from '../../api/list-self-hosted-tenants';
import { tenantsWithoutAccessText } from '../../state-text';
import { ProvisioningIntro } from './provisioning-intro';
import { TenantCards } from './tenant-cards';
import { TenantsTable } from './tenants-table';

const narrowQuery = (theme: Theme) => theme.breakpoints.down('md');

/** Every tenant, its provisioning and access; followed live while a switch runs. */
export function TenantsPanel({ app }: { app: SelfHostedApplicationDetail }) {
  const tenants = useSelfHostedTenants(app.id, isBusy(app));
  // Read at once (noSsr), so a phone never renders the table first.
  const narrow = useMediaQuery(narrowQuery, { noSsr: true });

  let body;
  if (tenants.data) {
    const { items } = tenants.data;
    const without = items.filter((t) => !t.hasAccess).length;
    const List = narrow ? TenantCards : TenantsTable;
    body =
      items.length === 0 ? (
        <Typography color="textSecondary">{app.name} has no tenants yet.</Typography>
      ) : (
        <>
          <Typography variant="body2" color="textSecondary">
            {formatCount(items.length)} {items.length === 1 ? 'tenant' : 'tenants'}
            {without > 0 ? ` · ${tenantsWithoutAccessText(without)}` : ''}
          </Typography>
          <List name={app.name} tenants={items} />
        </>
      );
  } else if (tenants.isError) {
    body = (
      <PanelError
        error={tenants.error}
        title="Tenants could not be loaded"
        onRetry={() => void tenants.refetch()}
        retrying={tenants.isFetching}
      />
    );
  } else {
    body = <TableSkeleton rows={4} columns={4} label="Loading tenants…" />;
  }

  return (
    <Stack spacing={2}>
      <ProvisioningIntro app={app} />
      <Stack component="section" spacing={1.5} aria-labelledby="self-hosted-tenants-heading">
        <Typography id="self-hosted-tenants-heading" component="h2" variant="h3">
          Tenants
        </Typography>
        {body}
      </Stack>
    </Stack>
  );
}
