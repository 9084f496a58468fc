import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import type { UseQueryResult } from '@tanstack/react-query';
import { PanelError } from './panel-error';
import { RefreshFailed } from './refresh-failed';
import { TableSkeleton } from './skeletons';

interface PanelQueryProps<T> {
  query: UseQueryResult<T>;
  /** How the failures and the skeleton name what is shown: "History", "The upgrade records". */
  subject: string;
  /** Read while it loads: "Loading history…". */
  loading: string;
  /** What still shows after a failed refresh: "The changes below are as they were last loaded." */
  shown: string;
  skeleton?: { rows: number; columns: number };
  children: (data: T) => ReactNode;
}

/**
 * A panel of one query (a tab's table, a history): a skeleton until it first loads, its failure
 * with Retry if it never did, and a failed refresh said above what it already shows, which stays.
 */
export function PanelQuery<T>({
  query,
  subject,
  loading,
  shown,
  skeleton,
  children,
}: PanelQueryProps<T>) {
  const { data, error, isError, isFetching } = query;
  const retry = () => void query.refetch();
  if (data === undefined) {
    return isError ? (
      <PanelError
        error={error}
        title={`${subject} could not be loaded`}
        onRetry={retry}
        retrying={isFetching}
      />
    ) : (
      <TableSkeleton {...(skeleton ?? { rows: 3, columns: 3 })} label={loading} />
    );
  }
  return (
    <Stack spacing={1.5} sx={{ minWidth: 0 }}>
      {isError ? (
        <RefreshFailed
          error={error}
          title={`${subject} could not be refreshed`}
          shown={shown}
          onRetry={retry}
          retrying={isFetching}
        />
      ) : null}
      {children(data)}
    </Stack>
  );
}
