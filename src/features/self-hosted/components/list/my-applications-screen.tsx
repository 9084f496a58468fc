import { useCallback } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SelfHostedSortField } from '@/contract/self-hosted';
import { countRangeText } from '@/lib/format';
import { useSelfHostedApplications } from '../../api/get-self-hosted-applications';
import { nextSort } from '../../list-params';
import { ListToolbar } from './list-toolbar';
import { MyApplicationsResults } from './my-applications-results';
import { useListParams } from './use-list-params';

export function MyApplicationsScreen() {
  const [params, setParams] = useListParams();
  const query = useSelfHostedApplications(params);

  const onSort = useCallback(
    (field: SelfHostedSortField) =>
      setParams((current) => ({ ...current, ...nextSort(current, field), page: 1 })),
    [setParams],
  );

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <div>
        <Typography variant="h1">My Applications</Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          Self-hosted applications, the version each one runs, and versions registered for test or
          being switched to.
        </Typography>
      </div>
      <ListToolbar params={params} onChange={setParams} />
      {/* Announced politely, so screen-reader users hear what a search or filter changed. */}
      <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
        {query.data && !query.isError
          ? countRangeText(query.data.page, query.data.pageSize, query.data.total, [
              'application',
              'applications',
            ])
          : null}
      </Typography>
      <MyApplicationsResults query={query} params={params} onSort={onSort} onChange={setParams} />
    </Stack>
  );
}
