import { Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { TemplateDetailScreen } from '@/features/templates/components/templates/template-detail-screen';
import { loadTemplate, type NamedLoaderData } from './load-template';

export function loader({ params }: LoaderFunctionArgs): Promise<NamedLoaderData> {
  return loadTemplate(params.templateId ?? '');
}

/** A template's page; the publish dialog (child URL) reads the template from the outlet context. */
export function Component() {
  const { templateId = '' } = useParams();
  return (
    <TemplateDetailScreen templateId={templateId}>
      {(template) => <Outlet context={template} />}
    </TemplateDetailScreen>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
