import { queryOptions } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import {
  createMemoryRouter,
  RouterProvider,
  type ShouldRevalidateFunctionArgs,
} from 'react-router';
import { defineListParams } from './list-params';
import { listRoute, normalizedListPath, shouldRevalidate } from './list-route';
import { queryClient } from './query-client';
import { someOf } from './url-param-kinds';

const codec = defineListParams({
  sorts: ['name', 'updatedAt'],
  defaultSort: 'name',
  filters: { status: someOf(['running', 'failed']) },
});
type Params = ReturnType<typeof codec.parse>;

function renderList(
  url: string,
  beside?: () => Promise<unknown>,
  { startFirst = false }: { startFirst?: boolean } = {},
) {
  const fetched: Params[] = [];
  const { start, ...route } = listRoute({
    ...codec,
    query: (params: Params) =>
      queryOptions({
        queryKey: ['things', 'list', params],
        queryFn: () => {
          fetched.push(params);
          return Promise.resolve({ total: 0 });
        },
      }),
    beside,
  });
  const started = startFirst ? start(new URL(url, 'http://console.test')) : undefined;
  const router = createMemoryRouter(
    [
      { path: '/things', ...route, element: <h1>Things</h1>, HydrateFallback: () => null },
      { path: '/elsewhere', element: <h1>Elsewhere</h1> },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  return { router, fetched, started };
}

describe('listRoute', () => {
  it('replaces a URL the list cannot use with the default one, keeping keys it does not own', async () => {
    const { router, fetched } = renderList('/things?page=abc&sort=nope&pageSize=100000&tab=x');

    await screen.findByRole('heading', { name: 'Things' });
    expect(router.state.location.search).toBe('?tab=x');
    expect(router.state.historyAction).toBe('REPLACE');
    // Only the normalised URL's page was fetched.
    expect(fetched).toEqual([codec.defaults]);
  });

  it('keeps a valid URL as it is, whatever its key order', async () => {
    const search = '?page=2&status=failed&status=running&sort=updatedAt';
    const { router, fetched } = renderList(`/things${search}`);

    await screen.findByRole('heading', { name: 'Things' });
    expect(router.state.location.search).toBe(search);
    expect(router.state.historyAction).toBe('POP');
    expect(fetched).toEqual([
      { ...codec.defaults, page: 2, sort: 'updatedAt', status: ['running', 'failed'] },
    ]);
  });

  it('starts the first page ahead of the router, which then finds it on its way', async () => {
    const { fetched, started } = renderList('/things?page=2', undefined, { startFirst: true });
    expect(started).toBeInstanceOf(Promise);
    await screen.findByRole('heading', { name: 'Things' });
    expect(fetched).toEqual([{ ...codec.defaults, page: 2 }]);
  });

  it('starts nothing ahead of the router for a URL its loader replaces', async () => {
    const { router, fetched, started } = renderList('/things?page=abc', undefined, {
      startFirst: true,
    });
    expect(started).toBeUndefined();
    await screen.findByRole('heading', { name: 'Things' });
    expect(router.state.location.search).toBe('');
    expect(fetched).toEqual([codec.defaults]);
  });

  it('starts the side queries without waiting for them, and ignores their failures', async () => {
    let started = 0;
    const { router } = renderList('/things', () => {
      started += 1;
      return started === 1 ? new Promise(() => undefined) : Promise.reject(new Error('down'));
    });
    await screen.findByRole('heading', { name: 'Things' });
    await act(() => router.navigate('/elsewhere'));
    await act(() => router.navigate('/things'));
    expect(started).toBe(2);
    expect(router.state.errors).toBeNull();
  });

  it('leaves query-string changes to the screen, and revalidates on anything else', () => {
    const args = (current: string, next: string, formMethod?: 'POST') =>
      ({
        currentUrl: new URL(current, 'http://localhost'),
        nextUrl: new URL(next, 'http://localhost'),
        formMethod,
        defaultShouldRevalidate: true,
      }) as ShouldRevalidateFunctionArgs;
    expect(shouldRevalidate(args('/things', '/things?page=2'))).toBe(false);
    expect(shouldRevalidate(args('/things', '/things/1'))).toBe(true);
    expect(shouldRevalidate(args('/things', '/things?page=2', 'POST'))).toBe(true);
  });

  it('normalises a duplicate or rewritten value, and keeps a default written out', () => {
    const url = (path: string) => new URL(path, 'http://localhost');
    expect(normalizedListPath(url('/things?status=failed&status=failed'), codec)).toBe(
      '/things?status=failed',
    );
    expect(normalizedListPath(url('/things?page=01&x=1'), codec)).toBe('/things?x=1');
    expect(normalizedListPath(url('/things?page=1&order=asc&x=1'), codec)).toBeUndefined();
  });
});

afterEach(() => queryClient.clear());
