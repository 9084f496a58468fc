import { expect, type Page } from '@playwright/test';

type Pair = [string, string];

const byKeyThenValue = ([a, x]: Pair, [b, y]: Pair) =>
  a === b ? x.localeCompare(y) : a.localeCompare(b);

/** The page's query string as sorted [key, value] pairs (repeated keys kept). */
function queryPairs(page: Page): Pair[] {
  return [...new URL(page.url()).searchParams.entries()].sort(byKeyThenValue);
}

/**
 * Waits for a list's URL to be `path` carrying exactly these params, in any order; an array
 * value is a key repeated once per value.
 */
export async function expectListQuery(
  page: Page,
  path: string,
  expected: Record<string, string | string[]>,
): Promise<void> {
  const pairs = Object.entries(expected)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v): Pair => [key, v]))
    .sort(byKeyThenValue);
  await expect.poll(() => queryPairs(page), { message: 'list params in the URL' }).toEqual(pairs);
  await expect(page).toHaveURL(new RegExp(`${path}(\\?|$)`));
}
