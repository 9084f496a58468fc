import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import Box from '@mui/material/Box';
import { render } from '@testing-library/react';
import { webkitPrefixes } from './webkit-prefixes';

function cssOf(sx: object): string {
  const cache = createCache({ key: 'prefix-test', stylisPlugins: [webkitPrefixes] });
  render(
    <CacheProvider value={cache}>
      <Box sx={sx} />
    </CacheProvider>,
  );
  return Array.from(document.head.querySelectorAll('style[data-emotion^="prefix-test"]'))
    .map((style) => style.textContent)
    .join('');
}

describe('webkitPrefixes', () => {
  afterEach(() => {
    document.head.querySelectorAll('style[data-emotion^="prefix-test"]').forEach((s) => s.remove());
  });

  it('adds -webkit- where Safari still needs it, before the standard declaration', () => {
    const css = cssOf({ userSelect: 'none', backdropFilter: 'blur(4px)', hyphens: 'auto' });
    expect(css).toContain('-webkit-user-select:none;user-select:none;');
    expect(css).toContain('-webkit-backdrop-filter:blur(4px);backdrop-filter:blur(4px);');
    expect(css).toContain('-webkit-hyphens:auto;hyphens:auto;');
  });

  it('leaves everything else as written', () => {
    const css = cssOf({
      display: 'flex',
      alignItems: 'center',
      transition: 'opacity 1s',
      '&::placeholder': { color: 'red' },
    });
    expect(css).toContain('display:flex;align-items:center;transition:opacity 1s;');
    expect(css).toContain('::placeholder{color:red;}');
    expect(css).not.toMatch(/-ms-|-moz-|-webkit-/);
  });
});
