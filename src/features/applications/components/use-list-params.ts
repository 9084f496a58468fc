import type { ApplicationListParams } from '@/contract/applications';
import { useUrlParams } from '@/lib/use-url-params';
import { parseListParams, toSearchParams } from '../list-params';

/** The Applications list's whole state, read from and written to the URL (the only copy of it). */
export function useListParams() {
  return useUrlParams<ApplicationListParams>(parseListParams, toSearchParams);
}
