import type { ReactElement } from 'react';
import Box from '@mui/material/Box';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import type { SelfHostedTenant, TenantProvisioning } from '@/contract/self-hosted-tenants';

export const provisioningLabels: Record<TenantProvisioning, string> = {
  'not-required': 'Not required',
  pending: 'Pending',
  provisioned: 'Provisioned',
  denied: 'Denied',
};

const looks: Record<TenantProvisioning, { icon: ReactElement; color: string }> = {
  'not-required': { icon: <RemoveCircleOutlineIcon fontSize="inherit" />, color: 'text.secondary' },
  pending: { icon: <HourglassTopIcon fontSize="inherit" />, color: 'info.main' },
  provisioned: { icon: <CheckCircleOutlinedIcon fontSize="inherit" />, color: 'success.main' },
  denied: { icon: <BlockIcon fontSize="inherit" />, color: 'error.main' },
};

/** "Pending → 3.2.0" while a switch provisions the tenant to that version. */
function statusText(tenant: SelfHostedTenant): string {
  const label = provisioningLabels[tenant.provisioning];
  return tenant.provisioningTo ? `${label} → ${tenant.provisioningTo}` : label;
}

/** Icon and words, never colour alone. */
export function ProvisioningStatus({ tenant }: { tenant: SelfHostedTenant }) {
  const { icon, color } = looks[tenant.provisioning];
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'center' }}>
      <Box component="span" aria-hidden="true" sx={{ color, display: 'inline-flex', fontSize: 18 }}>
        {icon}
      </Box>
      {statusText(tenant)}
    </Box>
  );
}
