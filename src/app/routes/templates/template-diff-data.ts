import type { LoaderFunctionArgs } from 'react-router';
import { templateDiffQueryOptions } from '@/features/templates/api/get-template-diff';
import { parseDiffPageParams } from '@/features/templates/components/diff/diff-page-params';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';
import { loadTemplate, type NamedLoaderData } from './load-template';

/**
 * The diff page's loader, in a module of its own: the router runs it as soon as this small chunk
 * is there, beside the download of the page's code (./template-diff.tsx). Inside the page's
 * module, the fetch of a large diff waited for the whole diff view to load and run.
 */
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
