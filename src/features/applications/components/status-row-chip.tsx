import type { ApplicationStatus } from '@/contract/applications';
import { RowChip, type RowChipColor } from '@/components/list/row-chip';
import { statusLabels } from './labels';

/** Paths of @mui/icons-material's icons, drawn by MUI's SvgIcon or by a table row's RowIcon. */
export const statusLooks: Record<
  ApplicationStatus,
  { icon: readonly string[]; color: RowChipColor }
> = {
  // CheckCircleOutlined
  running: {
    icon: [
      'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8m4.59-12.42L10 14.17l-2.59-2.58L6 13l4 4 8-8z',
    ],
    color: 'success',
  },
  // Sync
  deploying: {
    icon: [
      'M12 4V1L8 5l4 4V6c3.31 0 6 2.69 6 6 0 1.01-.25 1.97-.7 2.8l1.46 1.46C19.54 15.03 20 13.57 20 12c0-4.42-3.58-8-8-8m0 14c-3.31 0-6-2.69-6-6 0-1.01.25-1.97.7-2.8L5.24 7.74C4.46 8.97 4 10.43 4 12c0 4.42 3.58 8 8 8v3l4-4-4-4z',
    ],
    color: 'info',
  },
  // Upgrade
  upgrading: { icon: ['M16 18v2H8v-2zM11 7.99V16h2V7.99h3L12 4 8 7.99z'], color: 'info' },
  // WarningAmber
  degraded: {
    icon: ['M12 5.99 19.53 19H4.47zM12 2 1 21h22z', 'M13 16h-2v2h2zm0-6h-2v5h2z'],
    color: 'warning',
  },
  // ErrorOutlineOutlined
  failed: {
    icon: [
      'M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2M12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8',
    ],
    color: 'error',
  },
  // StopCircleOutlined
  stopped: {
    icon: [
      'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8m4-4H8V8h8z',
    ],
    color: 'default',
  },
};

/** An application's status in a table row: plain elements styled by the table body. */
export function StatusRowChip({ status }: { status: ApplicationStatus }) {
  const { icon, color } = statusLooks[status];
  return <RowChip label={statusLabels[status]} color={color} icon={icon} />;
}
