import Chip from '@mui/material/Chip';
import SvgIcon from '@mui/material/SvgIcon';
import type { ApplicationStatus } from '@/contract/applications';
import { statusLabels } from './labels';
import { statusLooks } from './status-row-chip';

/**
 * Icon and word as well as colour, so status never depends on colour alone. Table rows use
 * `StatusRowChip`, which looks the same without MUI's Chip.
 */
export function StatusChip({ status }: { status: ApplicationStatus }) {
  const { icon, color } = statusLooks[status];
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={
        <SvgIcon>
          {icon.map((d) => (
            <path key={d} d={d} />
          ))}
        </SvgIcon>
      }
      color={color}
      label={statusLabels[status]}
    />
  );
}
