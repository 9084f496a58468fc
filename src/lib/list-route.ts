import type { QueryExecuteOptions, QueryKey } from '@tanstack/react-query';
import { replace, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { preload } from './preload';
import { queryClient } from './query-client';

/** What a list route needs of the list's URL codec (see `UrlCodec`). */
export interface ListRouteCodec<P> {
  parse: (search: URLSearchParams) => P;
  normalize: (search: URLSearchParams) => URLSearchParams | undefined;
}

/** The path to replace the URL with when the list's parser dropped or rewrote some of it. */
export function normalizedListPath<P>(url: URL, codec: ListRouteCodec<P>): string | undefined {
  const normalized = codec.normalize(url.searchParams)?.toString();
  if (normalized === undefined) return undefined;
  return `${url.pathname}${normalized ? `?${normalized}` : ''}`;
}

/**
 * Search, filter, sort and page changes only touch the query string; the screen's query (with
 * the previous page kept on screen) fetches them, so the navigation need not wait for a loader.
 */
export function shouldRevalidate({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (!formMethod && currentUrl.pathname === nextUrl.pathname) return false;
  return defaultShouldRevalidate;
}

interface ListRouteOptions<
  P,
  TQueryFnData,
  TError,
  TData,
  TQueryKey extends QueryKey,
> extends ListRouteCodec<P> {
  /** The rows' query, shared with the screen's `useQuery` so both use one cache entry. */
  query: (params: P) => QueryExecuteOptions<TQueryFnData, TError, TData, TQueryFnData, TQueryKey>;
  /** What the screen needs beside the rows (a filter's options): started, never waited for. */
  beside?: () => Promise<unknown>;
}

/**
 * A server-paged list's `loader` and `shouldRevalidate`. The loader first replaces (not pushes) a
 * URL the codec would write differently, then starts the first page's fetch with the route chunk
 * and waits a short, bounded time for it: no render-then-fetch waterfall, and a failure is not
 * thrown (the screen shows it under its toolbar with a Retry).
 */
export function listRoute<P, TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: ListRouteOptions<P, TQueryFnData, TError, TData, TQueryKey>,
) {
  function fetchPage(url: URL) {
    options.beside?.().catch(() => undefined);
    return queryClient.query(options.query(options.parse(url.searchParams)));
  }
  async function loader({ request }: LoaderFunctionArgs) {
    const url = new URL(request.url);
    const normalized = normalizedListPath(url, options);
    if (normalized !== undefined) return replace(normalized);
    await preload(fetchPage(url));
    return null;
  }
  /** Nothing for a URL the loader would replace. */
  function start(url: URL): Promise<unknown> | undefined {
    return normalizedListPath(url, options) === undefined ? fetchPage(url) : undefined;
  }
  function shouldRevalidateList(args: ShouldRevalidateFunctionArgs) {
    const revalidate = shouldRevalidate(args);
    // The screen's query would start this page's request only after re-rendering for the new
    // params; started here, at the navigation, the request runs beside that render.
    if (!revalidate) {
      queryClient
        .query(options.query(options.parse(args.nextUrl.searchParams)))
        .catch(() => undefined);
    }
    return revalidate;
  }
  return {
    loader,
    shouldRevalidate: shouldRevalidateList,
    /**
     * For a full load of the list: starts its first page ahead of the router, whose loader then
     * finds that request on its way (one query key, one request).
     */
    start,
  };
}
