import { navAreas } from '@/components/layout/nav-list';
import indexHtml from '../index.html?raw';

/** index.html as a browser parses it, before any script has run. */
function bootDocument(): Document {
  return new DOMParser().parseFromString(indexHtml, 'text/html');
}

describe('the shell index.html paints before the app runs', () => {
  it('links the same areas, in the same order, as the app’s main navigation', () => {
    const nav = bootDocument().querySelector('#root nav[aria-label="Main"]');
    const links = [...(nav?.querySelectorAll('a') ?? [])].map((a) => [
      a.textContent.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual(navAreas.map(({ label, to }) => [label, to]));
  });

  it('has the app bar with the product name linking home, and its icons hidden from readers', () => {
    const root = bootDocument().querySelector('#root');
    const brand = root?.querySelector('header a');
    expect(brand?.textContent.trim()).toBe('Upshift');
    expect(brand?.getAttribute('href')).toBe('/');
    for (const svg of root?.querySelectorAll('svg') ?? []) {
      expect(svg.getAttribute('aria-hidden')).toBe('true');
    }
  });
});
