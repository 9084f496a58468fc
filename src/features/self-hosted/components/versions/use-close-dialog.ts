import { paths } from '@/config/paths';
import { useCloseRouteDialog } from '@/lib/route-dialog';

/** Closes a dialog over the Versions tab (see useCloseRouteDialog). */
export function useCloseDialog(applicationId: string): () => void {
  return useCloseRouteDialog(paths.selfHosted.detail.href(applicationId));
}
