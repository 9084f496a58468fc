import type { ReactNode } from 'react';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '@/lib/problem';
import { PanelError } from './panel-error';
import { PageSkeleton } from './skeletons';

interface PageQueryProps<T> {
  /** The one resource the page shows. */
  query: UseQueryResult<T>;
  /** The page's h1 while there is no resource to name it: "Server". */
  title: string;
  /** What failed: "This server could not be loaded". */
  failed: string;
  /** Read while it loads: "Loading server…". */
  loading: string;
  children: (data: T) => ReactNode;
}

/**
 * A detail page's content once its resource has arrived; else its failure under the page's h1,
 * with Retry; else a skeleton. A resource that does not exist is the route's "Page not found",
 * whenever that is learned.
 */
export function PageQuery<T>({ query, title, failed, loading, children }: PageQueryProps<T>) {
  if (isApiError(query.error) && query.error.status === 404) throw query.error;
  if (query.data !== undefined) return children(query.data);
  if (!query.isError) return <PageSkeleton label={loading} />;
  return (
    <>
      <Typography variant="h1">{title}</Typography>
      <PanelError
        error={query.error}
        title={failed}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    </>
  );
}
