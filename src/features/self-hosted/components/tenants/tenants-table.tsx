import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SelfHostedTenant } from '@/contract/self-hosted-tenants';
import { ScrollTable } from '@/components/layout/scroll-table';
import { ProvisioningStatus } from './provisioning-status';
import { TenantAccess } from './tenant-access';

/** Wide screens: one row per tenant. Narrow ones get TenantCards. */
export function TenantsTable({ name, tenants }: { name: string; tenants: SelfHostedTenant[] }) {
  return (
    <ScrollTable label={`Tenants of ${name}`}>
      <TableHead>
        <TableRow>
          <TableCell>Tenant</TableCell>
          <TableCell>Provisioning</TableCell>
          <TableCell>Version</TableCell>
          <TableCell>Access</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tenants.map((tenant) => (
          <TableRow key={tenant.id}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
              {tenant.name}
              <Typography variant="body2" color="textSecondary" sx={{ whiteSpace: 'nowrap' }}>
                {tenant.contactEmail}
              </Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <ProvisioningStatus tenant={tenant} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {tenant.version ?? 'None'}
            </TableCell>
            <TableCell sx={{ minWidth: '12rem' }}>
              <TenantAccess tenant={tenant} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
