import type { ResponsiveStyleValue, SystemStyleObject } from '@mui/system';
import type { Theme } from '@mui/material/styles';

interface StackOptions {
  direction?: 'row' | 'column';
  /** Space with the flex gap rather than with each child's leading margin (MUI's `useFlexGap`). */
  flexGap?: boolean;
}

/**
 * What MUI's Stack draws, as `sx` for a Box: the first screen uses Stack only for this, and
 * Stack's module weighs more than the rule. Without `flexGap`, as Stack does, every child's own
 * margin gives way to the spacing.
 */
export function stackSx(
  spacing: ResponsiveStyleValue<number>,
  { direction = 'column', flexGap = false }: StackOptions = {},
): SystemStyleObject<Theme> {
  const base = { display: 'flex', flexDirection: direction } as const;
  if (flexGap) return { ...base, gap: spacing };
  return {
    ...base,
    '& > :not(style):not(style)': { margin: 0 },
    '& > :not(style) ~ :not(style)': { [direction === 'row' ? 'ml' : 'mt']: spacing },
  };
}
