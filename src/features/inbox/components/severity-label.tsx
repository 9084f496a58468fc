import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SvgIconProps } from '@mui/material/SvgIcon';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ComponentType } from 'react';
import type { Notification } from '@/contract/notifications';
import { severityLabels } from '../notification-text';

type Severity = Notification['severity'];

const icons: Record<Severity, ComponentType<SvgIconProps>> = {
  info: InfoOutlinedIcon,
  success: CheckCircleOutlineIcon,
  warning: WarningAmberIcon,
  error: ErrorOutlineIcon,
};

/** Icon and word: the severity never rests on colour alone. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const Icon = icons[severity];
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Icon aria-hidden="true" fontSize="small" color={severity} />
      <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
        {severityLabels[severity]}
      </Typography>
    </Stack>
  );
}
