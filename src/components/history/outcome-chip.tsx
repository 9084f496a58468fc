import type { ReactElement } from 'react';
import Chip, { type ChipProps } from '@mui/material/Chip';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import PlayCircleOutlineIcon from '@mui/icons-material/PlayCircleOutlineOutlined';
import type { AuditEntry } from '@/contract/audit';
import { outcomeLabels } from './history-text';

const outcomeLooks: Record<
  AuditEntry['outcome'],
  { color: ChipProps['color']; icon: ReactElement }
> = {
  started: { color: 'info', icon: <PlayCircleOutlineIcon /> },
  succeeded: { color: 'success', icon: <CheckCircleOutlinedIcon /> },
  failed: { color: 'error', icon: <ErrorOutlineIcon /> },
  refused: { color: 'warning', icon: <BlockIcon /> },
};

/** How the work ended, in words: the colour and icon only repeat them. */
export function OutcomeChip({ outcome }: { outcome: AuditEntry['outcome'] }) {
  const { color, icon } = outcomeLooks[outcome];
  return (
    <Chip
      size="small"
      variant="outlined"
      color={color}
      icon={icon}
      label={outcomeLabels[outcome]}
    />
  );
}
