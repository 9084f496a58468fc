import { paths } from '@/config/paths';
import { useCloseRouteDialog } from '@/lib/route-dialog';

/** Closes the publish dialog over the template's page (see useCloseRouteDialog). */
export function useClosePublish(templateId: string): () => void {
  return useCloseRouteDialog(paths.templates.detail.href(templateId));
}
