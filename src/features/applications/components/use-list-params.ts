import { startTransition, useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ApplicationListParams } from '@/contract/applications';
import { parseListParams, toSearchParams } from '../list-params';

type Update = (current: ApplicationListParams) => ApplicationListParams;

/** The list's whole state, read from and written to the URL (the only copy of it). */
export function useListParams(): [ApplicationListParams, (update: Update) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);
  const setParams = useCallback(
    (update: Update) => {
      startTransition(() => {
        setSearchParams((prev) => toSearchParams(update(parseListParams(prev)), prev), {
          // Changing a filter or a page must not jump the window back to the top.
          preventScrollReset: true,
        });
      });
    },
    [setSearchParams],
  );
  return [params, setParams];
}
