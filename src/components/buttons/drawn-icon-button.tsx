import type { MouseEvent, ReactNode, Ref } from 'react';
import Box from '@mui/material/Box';
import { useTheme, type CSSObject, type Theme } from '@mui/material/styles';
import { perThemeAnd, themeValues } from '@/theme/drawn-rules';
import { buttonBaseAttributes, buttonBaseRules } from './button-rules';
import { useDrawnButton, type ButtonEvents } from './use-drawn-button';

type Color = 'default' | 'inherit';

interface DrawnIconButtonProps extends ButtonEvents<HTMLButtonElement> {
  children: ReactNode;
  color?: Color;
  /** Pulls the button into its container's padding (the app bar's menu button). */
  edge?: 'start';
  disabled?: boolean;
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  ref?: Ref<HTMLButtonElement>;
  'aria-label'?: string;
  'aria-controls'?: string;
  'aria-expanded'?: boolean;
  [data: `data-${string}`]: string | undefined;
}

const rulesFor = perThemeAnd((theme: Theme, key: `${Color} ${boolean}`) => {
  const [color, edgeStart] = key.split(' ');
  const p = themeValues(theme).palette;
  const root: CSSObject = {
    textAlign: 'center',
    flex: '0 0 auto',
    fontSize: theme.typography.pxToRem(24),
    padding: '8px',
    borderRadius: '50%',
    color: p.action.active,
    transition: theme.transitions.create('background-color', {
      duration: theme.transitions.duration.shortest,
    }),
    '--IconButton-hoverBg': theme.alpha(p.action.active, p.action.hoverOpacity),
    '&:hover': {
      backgroundColor: 'var(--IconButton-hoverBg)',
      '@media (hover: none)': { backgroundColor: 'transparent' },
    },
    ...(edgeStart === 'true' ? { marginLeft: '-12px' } : {}),
  };
  const states: CSSObject = {
    '&.Mui-disabled': { backgroundColor: 'transparent', color: p.action.disabled },
    ...(color === 'inherit' ? { color: 'inherit' } : {}),
  };
  // Last, the theme's MuiIconButton override.
  return [buttonBaseRules(theme), root, states, { borderRadius: '8px' }];
});

/**
 * MUI's IconButton as the first screen uses it (default or inherited colour, medium), drawn with
 * its rules and class names but without MUI's ButtonBase, whose ripple loads after the page.
 */
export function DrawnIconButton({
  children,
  color = 'default',
  edge,
  disabled = false,
  onClick,
  ref,
  ...rest
}: DrawnIconButtonProps) {
  const theme = useTheme();
  const { focusVisible, handlers, rippleElement } = useDrawnButton({
    ...rest,
    disabled,
    centerRipple: true,
    focusRipple: true,
  });
  const className = [
    'MuiButtonBase-root MuiIconButton-root',
    color === 'inherit' ? 'MuiIconButton-colorInherit' : '',
    edge === 'start' ? 'MuiIconButton-edgeStart' : '',
    'MuiIconButton-sizeMedium',
    disabled ? 'Mui-disabled' : '',
    focusVisible ? 'Mui-focusVisible' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Box
      component="button"
      ref={ref}
      {...buttonBaseAttributes(false, disabled)}
      {...rest}
      {...handlers}
      className={className}
      onClick={onClick}
      sx={rulesFor(theme, `${color} ${edge === 'start'}`)}
    >
      {children}
      {rippleElement}
    </Box>
  );
}
