import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import Table from '@mui/material/Table';
import { ThemeProvider } from '@mui/material/styles';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getTheme } from '@/theme';
import { useStaticClass } from './static-class';

const theme = getTheme();

/** A function of the theme, as `perTheme` rules are: called each time the rules are resolved. */
const own = vi.fn(() => ({ color: 'red', '& > span': { px: 1 } }));
const caller = { color: 'blue' };

function Part({ n }: { n: number }) {
  return (
    <div className={useStaticClass(own, caller)} data-n={n}>
      <span>part</span>
    </div>
  );
}

const tableRules = { '& td': { color: 'green' } };

function StyledPart({ n }: { n: number }) {
  return (
    <Table className={useStaticClass(tableRules)} data-n={n}>
      <tbody />
    </Table>
  );
}

function Parts({ n }: { n: number }) {
  return (
    <>
      <Part n={n} />
      <Part n={n + 1} />
    </>
  );
}

function renderIn(cache: ReturnType<typeof createCache>, part: (n: number) => React.ReactNode) {
  const tree = (n: number) => (
    <CacheProvider value={cache}>
      <ThemeProvider theme={theme}>{part(n)}</ThemeProvider>
    </CacheProvider>
  );
  const view = render(tree(1));
  return { ...view, rerender: (n: number) => view.rerender(tree(n)) };
}

describe('useStaticClass', () => {
  it('resolves and inserts the rules once, however often its parts render', () => {
    const container = document.createElement('div');
    document.head.append(container);
    const cache = createCache({ key: 'static', container });
    const { container: root, rerender } = renderIn(cache, (n) => <Parts n={n} />);
    rerender(3);

    const classes = [...root.querySelectorAll('div[data-n]')].map((part) => part.className);
    expect(classes).toHaveLength(2);
    expect(new Set(classes).size).toBe(1);
    expect(classes[0]).toMatch(/^static-/);
    expect(own).toHaveBeenCalledTimes(1);

    const css = container.textContent;
    // One rule for the part, and the caller's declaration after the part's own, as with `sx`.
    expect(css.split(`.${String(classes[0])}{`)).toHaveLength(2);
    expect(css.indexOf('color:red')).toBeLessThan(css.indexOf('color:blue'));
    expect(css).toContain(`.${String(classes[0])}>span{padding-left:`);
    container.remove();
  });

  it('stays a class of its own on a styled component, which re-renders without new rules', () => {
    const container = document.createElement('div');
    document.head.append(container);
    const cache = createCache({ key: 'styled', container });
    const { container: root, rerender } = renderIn(cache, (n) => <StyledPart n={n} />);
    const first = root.querySelector('table')?.className;
    const rules = container.textContent;

    rerender(2);
    rerender(3);

    // Registered, the class would be merged into a new one with the table's own rules.
    expect(root.querySelector('table')?.className).toBe(first);
    expect(container.textContent).toBe(rules);
    expect(rules.match(/color:green/g)).toHaveLength(1);
    container.remove();
  });
});
