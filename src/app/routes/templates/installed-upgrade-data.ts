import type { LoaderFunctionArgs } from 'react-router';
import { upgradeDiffQueryOptions } from '@/features/templates/api/get-template-upgrade-diff';
import { parseUpgradePageParams } from '@/features/templates/components/upgrade/upgrade-page-params';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';
import type { NamedLoaderData } from './load-template';
import { loadInstalled } from './load-installed';

/**
 * Upgrade details' loader, apart from the page's module so the diff is fetched while the page's
 * code loads (see ./template-diff-data.ts).
 */
export async function loader({ params, request }: LoaderFunctionArgs): Promise<NamedLoaderData> {
  const installedId = params.installedId ?? '';
  const { to, options, operation } = parseUpgradePageParams(new URL(request.url).searchParams);
  const diff =
    to && !operation
      ? preload(
          queryClient.query(
            upgradeDiffQueryOptions(installedId, {
              to,
              ignoreWhitespace: options.ignoreWhitespace,
            }),
          ),
        )
      : Promise.resolve();
  const [named] = await Promise.all([loadInstalled(installedId), diff]);
  return named;
}
