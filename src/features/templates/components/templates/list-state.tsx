import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from '@/components/feedback/empty-state';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { formatCount } from '@/lib/format';

interface Page<Row> {
  items: Row[];
  total: number;
}

interface ListStateProps<Row> {
  query: UseQueryResult<Page<Row>>;
  /** "templates", "installed applications". */
  noun: string;
  page: number;
  filtered: boolean;
  emptyDetail: string;
  onFirstPage: () => void;
  onClearFilters: () => void;
  children: (data: Page<Row>) => ReactNode;
}

/** Whatever the request's state, the list shows something useful: never a blank panel. */
export function ListState<Row>(props: ListStateProps<Row>) {
  const { query, noun } = props;
  if (query.isError) {
    return (
      <PanelError
        error={query.error}
        title={`The ${noun} could not be loaded`}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const data = query.data;
  if (!data) return <TableSkeleton rows={6} columns={5} label={`Loading ${noun}…`} />;
  if (data.items.length === 0 && data.total > 0) {
    return (
      <EmptyState
        title={`Nothing on page ${String(props.page)}`}
        detail={`Only ${formatCount(data.total)} ${noun} match, so this page is past the end of the list.`}
        action={<Button onClick={props.onFirstPage}>Back to first page</Button>}
      />
    );
  }
  if (data.items.length === 0) {
    return props.filtered ? (
      <EmptyState
        title={`No ${noun} match`}
        detail="Nothing matches the current search and filter."
        action={<Button onClick={props.onClearFilters}>Clear filters</Button>}
      />
    ) : (
      <EmptyState title={`No ${noun} yet`} detail={props.emptyDetail} />
    );
  }
  return props.children(data);
}
