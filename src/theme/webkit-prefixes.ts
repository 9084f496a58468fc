import type { StylisPlugin } from '@emotion/cache';

/**
 * Properties a supported browser still reads only with `-webkit-` (Safari: user-select, hyphens,
 * box-decoration-break, text-size-adjust, and backdrop-filter before 18).
 */
const webkitOnly = new Set([
  'user-select',
  'hyphens',
  'box-decoration-break',
  'text-size-adjust',
  'backdrop-filter',
]);

/**
 * emotion's default stylis plugin prefixes for browsers from 2012 (`-ms-flexbox`, `-moz-` tab
 * sizes, three prefixed copies of every `::placeholder` rule): on a full load it ran for each of
 * the first screen's several hundred rules, about 4% of the time to its first row at 4x CPU.
 * This one adds only the prefixes the browsers we build for need.
 */
export const webkitPrefixes: StylisPlugin = (element) => {
  if (element.type !== 'decl' || element.return) return;
  if (typeof element.props === 'string' && webkitOnly.has(element.props)) {
    element.return = `-webkit-${element.value}${element.value}`;
  }
};
