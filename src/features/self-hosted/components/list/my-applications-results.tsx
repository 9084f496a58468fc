import Button from '@mui/material/Button';
import type { UseQueryResult } from '@tanstack/react-query';
import type {
  SelfHostedApplicationPage,
  SelfHostedListParams,
  SelfHostedSortField,
} from '@/contract/self-hosted';
import { EmptyState } from '@/components/feedback/empty-state';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { formatCount } from '@/lib/format';
import { clearFilters, hasActiveFilters } from '../../list-params';
import { MyApplicationsTable } from './my-applications-table';

type Update = (current: SelfHostedListParams) => SelfHostedListParams;

interface MyApplicationsResultsProps {
  query: UseQueryResult<SelfHostedApplicationPage>;
  params: SelfHostedListParams;
  onSort: (field: SelfHostedSortField) => void;
  onChange: (update: Update) => void;
}

/** Whatever the request's state, this panel shows something useful: never a blank page. */
export function MyApplicationsResults(props: MyApplicationsResultsProps) {
  const { query, params, onSort, onChange } = props;
  const { data, error, isError, isFetching, isPlaceholderData, refetch } = query;

  if (isError) {
    return (
      <PanelError
        error={error}
        title="My applications could not be loaded"
        onRetry={() => void refetch()}
        retrying={isFetching}
      />
    );
  }
  if (!data) return <TableSkeleton rows={6} columns={5} label="Loading my applications…" />;

  if (data.items.length === 0 && data.total > 0) {
    return (
      <EmptyState
        title={`Nothing on page ${String(params.page)}`}
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
        detail="No self-hosted application matches the current search and filter."
        action={<Button onClick={() => onChange(clearFilters)}>Show all applications</Button>}
      />
    ) : (
      <EmptyState
        title="No self-hosted applications yet"
        detail="Self-hosted applications appear here once they are installed for your organisation."
      />
    );
  }

  return (
    <MyApplicationsTable
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
