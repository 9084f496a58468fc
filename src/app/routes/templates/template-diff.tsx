import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { templateDiffQueryOptions } from '@/features/templates/api/get-template-diff';
import { parseDiffPageParams } from '@/features/templates/components/diff/diff-page-params';
import { TemplateDiffScreen } from '@/features/templates/components/diff/template-diff-screen';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';
import { loadTemplate, type NamedLoaderData } from './load-template';

export async function loader({ params, request }: LoaderFunctionArgs): Promise<NamedLoaderData> {
  const templateId = params.templateId ?? '';
  const { from, to, options } = parseDiffPageParams(new URL(request.url).searchParams);
  // Both at once; a bad version is explained inside the page, a missing template is a 404.
  const diff =
    from && to
      ? preload(
          queryClient.query(
            templateDiffQueryOptions(templateId, {
              from,
              to,
              ignoreWhitespace: options.ignoreWhitespace,
            }),
          ),
        )
      : Promise.resolve();
  const [named] = await Promise.all([loadTemplate(templateId), diff]);
  return named;
}

/** Version differences of a template: every view option in the URL, so a link reopens it. */
export function Component() {
  const { templateId = '' } = useParams();
  return <TemplateDiffScreen templateId={templateId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
