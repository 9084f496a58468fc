import type { CSSObject, Theme } from '@mui/material/styles';
import { focusRing } from '@/theme/customizations/inputs';

/** MUI's ButtonBase root with the theme's focus ring (its MuiButtonBase override). */
export function buttonBaseRules(theme: Theme): CSSObject {
  return {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    position: 'relative',
    boxSizing: 'border-box',
    WebkitTapHighlightColor: 'transparent',
    backgroundColor: 'transparent',
    outline: 0,
    border: '0',
    margin: 0,
    borderRadius: 0,
    padding: 0,
    cursor: 'pointer',
    userSelect: 'none',
    verticalAlign: 'middle',
    MozAppearance: 'none',
    WebkitAppearance: 'none',
    textDecoration: 'none',
    color: 'inherit',
    '&::-moz-focus-inner': { borderStyle: 'none' },
    '&.Mui-disabled': { pointerEvents: 'none', cursor: 'default' },
    '@media print': { colorAdjust: 'exact' },
    // The theme's MuiButtonBase override.
    '&.Mui-focusVisible': focusRing(theme),
  };
}

/** The attributes ButtonBase gives a native button or a link. */
export function buttonBaseAttributes(isLink: boolean, disabled: boolean) {
  return isLink
    ? { tabIndex: disabled ? -1 : 0, ...(disabled ? { 'aria-disabled': true } : {}) }
    : { tabIndex: disabled ? -1 : 0, type: 'button' as const, disabled };
}
