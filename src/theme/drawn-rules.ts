import type { SxProps, Theme } from '@mui/material/styles';

// What the first screen's drawn parts (fields, buttons, navigation, alerts, links) share: MUI's
// rules, built once per theme, with a caller's `sx` after them as on MUI's own components.

/** One entry of an `sx` array. */
type SxItem = Exclude<SxProps<Theme>, readonly unknown[]>;

/**
 * A drawn part's rules, built once per theme rather than on every render of every field and
 * placeholder.
 */
export function perTheme<T extends object>(build: (theme: Theme) => T): (theme: Theme) => T {
  const built = new WeakMap<Theme, T>();
  return (theme) => {
    let rules = built.get(theme);
    if (!rules) {
      rules = build(theme);
      built.set(theme, rules);
    }
    return rules;
  };
}

/** A part's own rules, then the caller's `sx` after them (an entry or an array of them). */
export function withCallerSx(
  own: SxItem | readonly SxItem[],
  sx: SxProps<Theme> | undefined,
): SxProps<Theme> {
  const given = Array.isArray(sx) ? (sx as readonly SxItem[]) : [sx as SxItem];
  return [...(Array.isArray(own) ? (own as readonly SxItem[]) : [own as SxItem]), ...given];
}

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
