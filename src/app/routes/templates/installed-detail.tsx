import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteErrorBoundary } from '@/components/feedback/route-error-boundary';
import { upgradeRecordsQueryOptions } from '@/features/templates/api/list-template-upgrade-records';
import { InstalledDetailScreen } from '@/features/templates/components/installed/installed-detail-screen';
import { preload } from '@/lib/preload';
import { queryClient } from '@/lib/query-client';
import type { NamedLoaderData } from './load-template';
import { loadInstalled } from './load-installed';
import {
  RECORDS_PAGE_SIZE,
  recordsPageOf,
} from '@/features/templates/components/records/records-params';

/** The application and the first page of its records, fetched together: no waterfall. */
export async function loader({ params, request }: LoaderFunctionArgs): Promise<NamedLoaderData> {
  const id = params.installedId ?? '';
  const page = recordsPageOf(new URL(request.url).searchParams);
  const [data] = await Promise.all([
    loadInstalled(id),
    preload(
      queryClient.query(upgradeRecordsQueryOptions(id, { page, pageSize: RECORDS_PAGE_SIZE })),
    ),
  ]);
  return data;
}

export function Component() {
  const { installedId = '' } = useParams();
  return <InstalledDetailScreen installedId={installedId} />;
}

export const ErrorBoundary = RouteErrorBoundary;
