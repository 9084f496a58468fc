import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import type { SelfHostedTenant } from '@/contract/self-hosted-tenants';

/** Whether the tenant's users can use the application and, when not, why. */
export function TenantAccess({ tenant }: { tenant: SelfHostedTenant }) {
  if (tenant.hasAccess) {
    return (
      <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'center' }}>
        <CheckIcon aria-hidden="true" fontSize="small" sx={{ color: 'success.main' }} />
        Has access
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 0.25 }}>
      <Box
        component="span"
        sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'center', fontWeight: 600 }}
      >
        <BlockIcon aria-hidden="true" fontSize="small" sx={{ color: 'error.main' }} />
        No access
      </Box>
      {tenant.noAccessReason ? (
        <Typography variant="body2" color="textSecondary">
          {tenant.noAccessReason}
        </Typography>
      ) : null}
    </Box>
  );
}
