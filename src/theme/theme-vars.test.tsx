import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import GlobalStyles from '@mui/material/GlobalStyles';
import { render } from '@testing-library/react';
import { getTheme } from '.';
import { webkitPrefixes } from './webkit-prefixes';

const theme = getTheme();

const HEADER = `/*
 * The theme's CSS variables for both colour schemes, as MUI's ThemeProvider would insert them on
 * the first render (it is told not to: src/app/provider.tsx). Written by theme-vars.test.tsx:
 * after changing the theme, run \`npx vitest run src/theme/theme-vars.test.tsx -u\`.
 */
`;

it("theme-vars.css holds the theme's CSS variables, as emotion inserts them", async () => {
  const container = document.createElement('div');
  const cache = createCache({ key: 'vars', container, stylisPlugins: [webkitPrefixes] });
  render(
    <CacheProvider value={cache}>
      <GlobalStyles styles={theme.generateStyleSheets()} />
    </CacheProvider>,
  );
  const rules = [...container.querySelectorAll('style')].map((style) => style.textContent);
  expect(rules.join('')).toContain('--upshift-palette-primary-main');
  await expect(`${HEADER}${rules.join('\n')}\n`).toMatchFileSnapshot('./theme-vars.css');
});
