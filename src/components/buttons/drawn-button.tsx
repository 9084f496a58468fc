import { useEffect, useId, type MouseEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import { useTheme, type CSSObject, type SxProps, type Theme } from '@mui/material/styles';
import { Link as RouterLink } from 'react-router';
import { deferredModule, useDeferredModule } from '@/lib/deferred-module';
import { perThemeAnd, themeValues, withCallerSx } from '@/theme/drawn-rules';
import { buttonBaseAttributes, buttonBaseRules } from './button-rules';
import { useDrawnButton, type ButtonEvents } from './use-drawn-button';

type Variant = 'text' | 'outlined' | 'contained';
type Color = 'primary' | 'inherit';
type Size = 'small' | 'medium';

/** The spinner shows only after a press, once the page has long painted. */
const circularProgress = deferredModule(() => import('@mui/material/CircularProgress'));

interface DrawnButtonProps extends ButtonEvents<HTMLElement> {
  children: ReactNode;
  variant?: Variant;
  color?: Color;
  size?: Size;
  startIcon?: ReactNode;
  endIcon?: ReactNode;
  /** `true` or `false` for a button that shows a spinner while its work runs. */
  loading?: boolean;
  disabled?: boolean;
  onClick?: (event: MouseEvent<HTMLElement>) => void;
  /** A link to another site (or a page outside the console). */
  href?: string;
  /** A link to a page of the console. */
  to?: string;
  hidden?: boolean;
  id?: string;
  'aria-label'?: string;
  'aria-expanded'?: boolean;
  'aria-controls'?: string;
  sx?: SxProps<Theme>;
}

const rulesFor = perThemeAnd((theme: Theme, key: `${Variant} ${Color} ${Size} ${boolean}`) => {
  const [variant, color, size, loading] = key.split(' ') as [Variant, Color, Size, string];
  const v = themeValues(theme);
  const p = v.palette;
  const transition = (properties: string[]) =>
    theme.transitions.create(properties, { duration: theme.transitions.duration.short });
  const hover = p.action.hoverOpacity;
  const root: CSSObject = {
    ...(theme.typography.button as CSSObject),
    minWidth: '64px',
    padding: '6px 16px',
    border: '0',
    borderRadius: v.shape.borderRadius,
    transition: transition(['background-color', 'box-shadow', 'border-color', 'color']),
    '&:hover': { textDecoration: 'none' },
    '&.Mui-disabled': { color: p.action.disabled },
  };
  const byVariant: Record<Variant, CSSObject> = {
    contained: {
      color: 'var(--variant-containedColor)',
      backgroundColor: 'var(--variant-containedBg)',
      boxShadow: v.shadows[2],
      '&:hover': { boxShadow: v.shadows[4], '@media (hover: none)': { boxShadow: v.shadows[2] } },
      '&:active': { boxShadow: v.shadows[8] },
      '&.Mui-focusVisible': { boxShadow: v.shadows[6] },
      '&.Mui-disabled': {
        color: p.action.disabled,
        boxShadow: v.shadows[0],
        backgroundColor: p.action.disabledBackground,
      },
    },
    outlined: {
      padding: '5px 15px',
      border: '1px solid currentColor',
      borderColor: 'var(--variant-outlinedBorder, currentColor)',
      backgroundColor: 'var(--variant-outlinedBg)',
      color: 'var(--variant-outlinedColor)',
      '&.Mui-disabled': { border: `1px solid ${p.action.disabledBackground}` },
    },
    text: {
      padding: '6px 8px',
      color: 'var(--variant-textColor)',
      backgroundColor: 'var(--variant-textBg)',
    },
  };
  const light = theme.palette.mode === 'light';
  const buttonVars = (theme as { vars?: Theme['vars'] }).vars?.palette.Button;
  const byColor: Record<Color, CSSObject> = {
    primary: {
      '--variant-textColor': p.primary.main,
      '--variant-outlinedColor': p.primary.main,
      '--variant-outlinedBorder': theme.alpha(p.primary.main, 0.5),
      '--variant-containedColor': p.primary.contrastText,
      '--variant-containedBg': p.primary.main,
      '@media (hover: hover)': {
        '&:hover': {
          '--variant-containedBg': p.primary.dark,
          '--variant-textBg': theme.alpha(p.primary.main, hover),
          '--variant-outlinedBorder': p.primary.main,
          '--variant-outlinedBg': theme.alpha(p.primary.main, hover),
        },
      },
    },
    inherit: {
      color: 'inherit',
      borderColor: 'currentColor',
      '--variant-containedBg':
        buttonVars?.inheritContainedBg ?? theme.palette.grey[light ? 300 : 800],
      '@media (hover: hover)': {
        '&:hover': {
          '--variant-containedBg':
            buttonVars?.inheritContainedHoverBg ?? theme.palette.grey[light ? 'A100' : 700],
          '--variant-textBg': theme.alpha(p.text.primary, hover),
          '--variant-outlinedBg': theme.alpha(p.text.primary, hover),
        },
      },
    },
  };
  const small = theme.typography.pxToRem(13);
  const smallPadding: Record<Variant, string> = {
    text: '4px 5px',
    outlined: '3px 9px',
    contained: '4px 10px',
  };
  const bySize: CSSObject =
    size === 'small' ? { padding: smallPadding[variant], fontSize: small } : {};
  // The theme turns elevation off (MuiButton's defaultProps).
  const withoutElevation: CSSObject = {
    boxShadow: 'none',
    '&:hover': { boxShadow: 'none' },
    '&.Mui-focusVisible': { boxShadow: 'none' },
    '&:active': { boxShadow: 'none' },
    '&.Mui-disabled': { boxShadow: 'none' },
  };
  const whileLoading: CSSObject =
    loading === 'true'
      ? {
          transition: transition(['background-color', 'box-shadow', 'border-color']),
          '&.MuiButton-loading': { color: 'transparent' },
        }
      : {};
  const iconSize = { '& > *:nth-of-type(1)': { fontSize: size === 'small' ? 18 : 20 } };
  const parts: CSSObject = {
    '& > .MuiButton-startIcon': {
      display: 'inherit',
      alignItems: 'center',
      marginRight: '8px',
      marginLeft: size === 'small' ? '-2px' : '-4px',
      '&::before': { content: '"\\200b"', width: 0, overflow: 'hidden' },
      ...iconSize,
    },
    '& > .MuiButton-endIcon': {
      display: 'inherit',
      marginRight: size === 'small' ? '-2px' : '-4px',
      marginLeft: '8px',
      ...iconSize,
    },
    '& .MuiButton-loadingIndicator': {
      display: loading === 'true' ? 'flex' : 'none',
      position: 'absolute',
      visibility: 'visible',
      left: '50%',
      transform: 'translate(-50%)',
      color: p.action.disabled,
    },
  };
  // Last, the theme's MuiButton override.
  return [
    buttonBaseRules(theme),
    root,
    byVariant[variant],
    byColor[color],
    bySize,
    withoutElevation,
    whileLoading,
    parts,
    { borderRadius: '6px' },
  ];
});

/**
 * MUI's Button as the first screen uses it (text, outlined and contained; primary or inherited
 * colour; small or medium; icons; a spinner while loading; a button or a link), drawn with its
 * rules and class names but without MUI's ButtonBase, whose ripple loads after the page.
 */
export function DrawnButton({
  children,
  variant = 'text',
  color = 'primary',
  size = 'medium',
  startIcon,
  endIcon,
  loading,
  disabled = false,
  onClick,
  href,
  to,
  sx,
  id,
  ...rest
}: DrawnButtonProps) {
  const theme = useTheme();
  const inactive = disabled || loading === true;
  const { focusVisible, handlers, rippleElement } = useDrawnButton({
    ...rest,
    disabled: inactive,
    focusRipple: true,
  });
  const Spinner = useDeferredModule(circularProgress)?.default;
  useEffect(() => {
    if (loading) circularProgress.preload();
  }, [loading]);
  const loadingId = useId();
  const isLink = href !== undefined || to !== undefined;
  const sizeName = size === 'small' ? 'Small' : 'Medium';
  const colorName = color === 'primary' ? 'Primary' : 'Inherit';
  const className = [
    'MuiButtonBase-root MuiButton-root',
    `MuiButton-${variant} MuiButton-size${sizeName} MuiButton-color${colorName}`,
    'MuiButton-disableElevation',
    loading ? 'MuiButton-loading MuiButton-loadingPositionCenter' : '',
    inactive ? 'Mui-disabled' : '',
    focusVisible ? 'Mui-focusVisible' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const iconClass = `MuiButton-icon MuiButton-iconSize${sizeName}`;
  return (
    <Box
      component={to !== undefined ? RouterLink : href !== undefined ? 'a' : 'button'}
      {...(to !== undefined ? { to } : {})}
      {...(href !== undefined ? { href } : {})}
      {...buttonBaseAttributes(isLink, inactive)}
      {...rest}
      {...handlers}
      id={loading ? loadingId : id}
      className={className}
      onClick={onClick}
      sx={withCallerSx(rulesFor(theme, `${variant} ${color} ${size} ${loading === true}`), sx)}
    >
      {startIcon ? <span className={`${iconClass} MuiButton-startIcon`}>{startIcon}</span> : null}
      {loading !== undefined ? (
        <span className="MuiButton-loadingWrapper" style={{ display: 'contents' }}>
          {loading ? (
            <span className="MuiButton-loadingIndicator">
              {Spinner ? <Spinner aria-labelledby={loadingId} color="inherit" size={16} /> : null}
            </span>
          ) : null}
        </span>
      ) : null}
      {children}
      {endIcon ? <span className={`${iconClass} MuiButton-endIcon`}>{endIcon}</span> : null}
      {rippleElement}
    </Box>
  );
}
