import type { CSSObject, Theme } from '@mui/material/styles';
import { perTheme } from '@/components/list/outlined-parts';

/** The palette and shape as CSS variables, or as values where a test's theme has none. */
export function themeValues(theme: Theme) {
  return (theme as { vars?: Theme['vars'] }).vars ?? theme;
}

/**
 * Rules built once per theme and per combination of a part's options (a variant, a size), as
 * MUI resolves a component's variants into its one class: a caller's `sx` comes after them and
 * wins, as it does on MUI's components.
 */
export function perThemeAnd<K extends string, T>(build: (theme: Theme, key: K) => T) {
  const maps = perTheme(() => new Map<K, T>());
  return (theme: Theme, key: K): T => {
    const byKey = maps(theme);
    let rules = byKey.get(key);
    if (rules === undefined) byKey.set(key, (rules = build(theme, key)));
    return rules;
  };
}

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
    // The theme's focus ring (its MuiButtonBase override), read from a test's theme too.
    '&.Mui-focusVisible': {
      outline: `2px solid ${themeValues(theme).palette.primary.main}`,
      outlineOffset: 2,
    },
  };
}

/** The attributes ButtonBase gives a native button or a link. */
export function buttonBaseAttributes(isLink: boolean, disabled: boolean) {
  return isLink
    ? { tabIndex: disabled ? -1 : 0, ...(disabled ? { 'aria-disabled': true } : {}) }
    : { tabIndex: disabled ? -1 : 0, type: 'button' as const, disabled };
}
