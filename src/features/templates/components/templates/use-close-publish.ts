import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';

export const FROM_DETAIL = 'fromTemplateDetail';

export function stateObject(state: unknown): Record<string, unknown> {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
}

/**
 * Closes the publish dialog. Opened from the template's page: one step back, so Back does not
 * reopen it. Deep-linked: to the template's page, replacing the dialog's URL.
 */
export function useClosePublish(templateId: string): () => void {
  const navigate = useNavigate();
  const { [FROM_DETAIL]: fromDetail, ...rest } = stateObject(useLocation().state);
  return () => {
    if (fromDetail === true) void navigate(-1);
    else void navigate(paths.templates.detail.href(templateId), { replace: true, state: rest });
  };
}
