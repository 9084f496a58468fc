import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { upgradeDiffQueryOptions } from '@/features/templates/api/get-template-upgrade-diff';
import { parseUpgradePageParams } from '@/features/templates/components/upgrade/upgrade-page-params';
import { UpgradeDetailsScreen } from '@/features/templates/components/upgrade/upgrade-details-screen';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';
import type { NamedLoaderData } from './load-template';
import { loadInstalled } from './load-installed';

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

/** Upgrade details: the diff to the chosen version, the components to upgrade, Upgrade. */
export function Component() {
  const { installedId = '' } = useParams();
  return <UpgradeDetailsScreen applicationId={installedId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
