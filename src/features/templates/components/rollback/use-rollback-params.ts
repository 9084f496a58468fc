import { useUrlParams } from '@/lib/use-url-params';
import { parseRollbackParams, serializeRollbackParams } from './rollback-params';

/** The page's choice, open confirmation and operation, read from and written to the URL. */
export function useRollbackParams() {
  return useUrlParams(parseRollbackParams, serializeRollbackParams);
}
