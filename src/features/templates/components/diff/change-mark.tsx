import type { Theme } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import ChangedIcon from '@mui/icons-material/ChangeCircleOutlined';
import RemovedIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import SameIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import type { ComponentChange } from '@/contract/template-diff';
import { perTheme } from '@/theme/drawn-rules';
import { useStaticClass } from '@/theme/static-class';
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

/** Rules for each kind of change a mark or row tints (`[data-change="…"]`); unchanged has none. */
export function perChangeRules(rules: (change: 'added' | 'changed' | 'removed') => object) {
  return Object.fromEntries(
    (['added', 'changed', 'removed'] as const).map((change) => [
      `&[data-change="${change}"]`,
      rules(change),
    ]),
  );
}

const markRules = perTheme((theme: Theme) => ({
  display: 'inline-flex',
  alignItems: 'center',
  gap: 0.5,
  px: 0.75,
  py: 0.25,
  borderRadius: 1,
  fontSize: '0.8125rem',
  fontWeight: 600,
  color: 'text.primary',
  whiteSpace: 'nowrap',
  '& > svg': { color: 'text.secondary' },
  ...perChangeRules((change) => ({
    bgcolor: tint(change, 0.16)(theme),
    '& > svg': { color: `${changeColor[change]}.main` },
  })),
}));

/**
 * Icon + word: a change is never told by colour alone. Its rules are one class for the four
 * kinds: a large diff shows one mark per component.
 */
export function ChangeMark({ change }: { change: ComponentChange }) {
  const Icon = icons[change];
  const markClass = useStaticClass(markRules);
  return (
    <span className={markClass} data-change={change}>
      <Icon aria-hidden="true" fontSize="small" />
      {componentChangeLabels[change]}
    </span>
  );
}
