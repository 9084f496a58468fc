import Button from '@mui/material/Button';
import type { UseQueryResult } from '@tanstack/react-query';
import type {
  ApplicationListParams,
  ApplicationPage,
  ApplicationSortField,
} from '@/contract/applications';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { clearFilters, hasActiveFilters } from '../list-params';
import { ApplicationsTable } from './applications-table';
import { EmptyState } from '@/components/feedback/empty-state';
import { formatCount } from '@/lib/format';

interface ApplicationsResultsProps {
  query: UseQueryResult<ApplicationPage>;
  params: ApplicationListParams;
  onSort: (field: ApplicationSortField) => void;
  onChange: (update: (current: ApplicationListParams) => ApplicationListParams) => void;
}

/** Whatever the request's state, this panel shows something useful: never a blank page. */
export function ApplicationsResults({ query, params, onSort, onChange }: ApplicationsResultsProps) {
  const { data, error, isError, isFetching, isPlaceholderData, refetch } = query;

  if (isError) {
    return <PanelError error={error} onRetry={() => void refetch()} retrying={isFetching} />;
  }
  if (!data) return <TableSkeleton rows={10} columns={6} label="Loading applications…" />;

  if (data.items.length === 0 && data.total > 0) {
    return (
      <EmptyState
        title={`Nothing on page ${params.page}`}
        detail={`Only ${formatCount(data.total)} applications match, so this page is past the end of the list.`}
        action={
          <Button onClick={() => onChange((c) => ({ ...c, page: 1 }))}>Back to first page</Button>
        }
      />
    );
  }
  if (data.items.length === 0) {
    return hasActiveFilters(params) ? (
      <EmptyState
        title="No applications match"
        detail="No application matches the current search and filters."
        action={<Button onClick={() => onChange(clearFilters)}>Show all applications</Button>}
      />
    ) : (
      <EmptyState
        title="No applications yet"
        detail="Applications appear here once they are deployed."
      />
    );
  }

  return (
    <ApplicationsTable
      data={data}
      params={params}
      fetching={isFetching}
      stale={isPlaceholderData}
      onSort={onSort}
      onPageChange={(page) => onChange((c) => ({ ...c, page }))}
      onPageSizeChange={(pageSize) => onChange((c) => ({ ...c, pageSize, page: 1 }))}
    />
  );
}
