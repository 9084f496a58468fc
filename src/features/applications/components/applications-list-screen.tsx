import { useCallback } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ApplicationSortField } from '@/contract/applications';
import { useApplications } from '../api/get-applications';
import { nextSort } from '../list-params';
import { ApplicationsResults } from './applications-results';
import { resultRangeText } from './format';
import { ListToolbar } from './list-toolbar';
import { useListParams } from './use-list-params';

export function ApplicationsListScreen() {
  const [params, setParams] = useListParams();
  const query = useApplications(params);

  const onSort = useCallback(
    (field: ApplicationSortField) =>
      setParams((current) => ({ ...current, ...nextSort(current, field), page: 1 })),
    [setParams],
  );

  return (
    <Stack spacing={2}>
      <div>
        <Typography variant="h1">Applications</Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          Deployed application instances, their versions and whether a newer project version is
          released.
        </Typography>
      </div>
      <ListToolbar params={params} onChange={setParams} />
      {/* Announced politely, so screen-reader users hear what a search or filter changed. */}
      <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
        {query.data && !query.isError
          ? resultRangeText(query.data.page, query.data.pageSize, query.data.total)
          : null}
      </Typography>
      <ApplicationsResults query={query} params={params} onSort={onSort} onChange={setParams} />
    </Stack>
  );
}
