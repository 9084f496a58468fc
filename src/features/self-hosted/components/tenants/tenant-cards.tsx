import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { SelfHostedTenant } from '@/contract/self-hosted-tenants';
import { DescriptionList } from '@/components/layout/description-list';
import { ProvisioningStatus } from './provisioning-status';
import { TenantAccess } from './tenant-access';

/** The tenants table's content as one card per tenant, for screens too narrow for its columns. */
export function TenantCards({ name, tenants }: { name: string; tenants: SelfHostedTenant[] }) {
  return (
    <Box
      component="ul"
      aria-label={`Tenants of ${name}`}
      sx={{ m: 0, p: 0, display: 'grid', gap: 1.5 }}
    >
      {tenants.map((tenant) => (
        <Paper
          key={tenant.id}
          component="li"
          variant="outlined"
          sx={{ listStyle: 'none', p: 2, minWidth: 0 }}
        >
          <Typography component="h3" variant="h4">
            {tenant.name}
          </Typography>
          <Typography
            variant="body2"
            color="textSecondary"
            sx={{ overflowWrap: 'anywhere', mb: 1 }}
          >
            {tenant.contactEmail}
          </Typography>
          <DescriptionList
            items={[
              { term: 'Provisioning', value: <ProvisioningStatus tenant={tenant} /> },
              { term: 'Version', value: tenant.version ?? 'None' },
              { term: 'Access', value: <TenantAccess tenant={tenant} /> },
            ]}
          />
        </Paper>
      ))}
    </Box>
  );
}
