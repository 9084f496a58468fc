import { useOutletContext, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import type { TemplateDetail } from '@/contract/template-detail';
import { PublishDialog } from '@/features/templates/components/templates/publish-dialog';
import { useClosePublish } from '@/features/templates/components/templates/use-close-publish';
import { loadTemplate } from './load-template';

/** Shares the page's one template query, so a deep link paints the dialog with its data. */
export async function loader({ params }: LoaderFunctionArgs) {
  await loadTemplate(params.templateId ?? '');
  return null;
}

/** "Publish a new version" over the template's page, at /templates/<id>/publish. */
export function Component() {
  const template = useOutletContext<TemplateDetail>();
  const close = useClosePublish(template.id);
  return <PublishDialog template={template} onClose={close} />;
}

export const ErrorBoundary = RouteErrorBoundary;
