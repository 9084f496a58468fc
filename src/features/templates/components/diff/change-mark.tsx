import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import ChangedIcon from '@mui/icons-material/ChangeCircleOutlined';
import RemovedIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import SameIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import type { ComponentChange } from '@/contract/template-diff';
import { componentChangeLabels } from '../../upgrade-status';

const icons = { added: AddIcon, changed: ChangedIcon, removed: RemovedIcon, unchanged: SameIcon };

export const changeColor = {
  added: 'success',
  changed: 'warning',
  removed: 'error',
  unchanged: 'info',
} as const;

/** A tint for a change, readable in light and dark mode (text keeps its own colour). */
export const tint =
  (change: ComponentChange, opacity = 0.14) =>
  (t: Theme) =>
    change === 'unchanged'
      ? 'transparent'
      : `rgba(${t.vars.palette[changeColor[change]].mainChannel} / ${opacity})`;

/** Icon + word: a change is never told by colour alone. */
export function ChangeMark({ change }: { change: ComponentChange }) {
  const Icon = icons[change];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        px: 0.75,
        py: 0.25,
        borderRadius: 1,
        fontSize: '0.8125rem',
        fontWeight: 600,
        bgcolor: tint(change, 0.16),
        color: 'text.primary',
        whiteSpace: 'nowrap',
      }}
    >
      <Icon
        aria-hidden="true"
        fontSize="small"
        sx={{ color: change === 'unchanged' ? 'text.secondary' : `${changeColor[change]}.main` }}
      />
      {componentChangeLabels[change]}
    </Box>
  );
}
