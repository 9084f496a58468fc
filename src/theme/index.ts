import type {} from '@mui/material/themeCssVarsAugmentation';
import { createTheme, type Theme } from '@mui/material/styles';
import { darkScheme, lightScheme } from './palette';
import { dataDisplayCustomizations } from './customizations/data-display';
import { feedbackCustomizations } from './customizations/feedback';
import { inputsCustomizations } from './customizations/inputs';
import { navigationCustomizations } from './customizations/navigation';
import { surfacesCustomizations } from './customizations/surfaces';

/** Where the chosen mode (light, dark or system) is remembered between visits. */
export const themeModeStorageKey = 'upshift-theme-mode';

let theme: Theme | undefined;

/**
 * The theme, created on the first call rather than when this module loads: creating it takes
 * 70-140 ms at 4x CPU, and the app's start asks for it once the first page's requests are on
 * their way (main.tsx), not before them.
 */
export function getTheme(): Theme {
  theme ??= createAppTheme();
  return theme;
}

function createAppTheme(): Theme {
  return createTheme({
    colorSchemes: { light: lightScheme, dark: darkScheme },
    cssVariables: { colorSchemeSelector: 'class', cssVarPrefix: 'upshift' },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily:
        'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
      h1: { fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.25 },
      h2: { fontSize: '1.375rem', fontWeight: 600, lineHeight: 1.3 },
      h3: { fontSize: '1.125rem', fontWeight: 600, lineHeight: 1.35 },
      h4: { fontSize: '1rem', fontWeight: 600 },
      h5: { fontSize: '0.9375rem', fontWeight: 600 },
      h6: { fontSize: '0.875rem', fontWeight: 600 },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      // A 10,000-character name or an unbroken URL someone typed wraps instead of pushing the page
      // sideways: break-word only breaks what would overflow (table sizing is unchanged); headings,
      // labels and buttons, often flex items named after what was typed, may also shrink below
      // their longest word.
      MuiCssBaseline: {
        styleOverrides: {
          body: { overflowWrap: 'break-word' },
          'h1, h2, h3, h4, h5, h6, label, button': { overflowWrap: 'anywhere' },
        },
      },
      ...inputsCustomizations,
      ...dataDisplayCustomizations,
      ...feedbackCustomizations,
      ...navigationCustomizations,
      ...surfacesCustomizations,
    },
  });
}
