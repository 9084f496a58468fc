import type { SelfHostedListParams } from '@/contract/self-hosted';
import { useUrlParams } from '@/lib/use-url-params';
import { parseListParams, toSearchParams } from '../../list-params';

/** My Applications' whole state, read from and written to the URL (the only copy of it). */
export function useListParams() {
  return useUrlParams<SelfHostedListParams>(parseListParams, toSearchParams);
}
