import { useEffect, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from '@/components/feedback/empty-state';
import { PanelError } from '@/components/feedback/panel-error';
import { RefreshFailed } from '@/components/feedback/refresh-failed';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { markContentPainted } from '@/lib/after-content';
import { formatCount } from '@/lib/format';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { textsOf, type ListTexts } from './list-texts';
import type { ListControls } from './use-list-controls';

interface ListResultsProps<Page extends { items: readonly unknown[]; total: number }> {
  query: UseQueryResult<Page>;
  texts: ListTexts;
  /** The page asked for (named when past the end); whether filters apply, and how to clear them. */
  list: Pick<ListControls<{ page: number }>, 'params' | 'filtered' | 'onFirstPage' | 'clear'>;
  /** The skeleton's size while the first page loads. */
  skeleton?: { rows: number; columns: number };
  /** The empty states' icon, when not the "no search result" one. */
  icon?: ReactNode;
  /** The loaded page: a table, a list. */
  children: (data: Page) => ReactNode;
}

/**
 * Whatever the request's state, the list shows something useful: never a blank panel. Only a
 * list that never loaded gives way to its failure; a failed refresh is said above the rows
 * already shown, which stay.
 */
export function ListResults<Page extends { items: readonly unknown[]; total: number }>(
  props: ListResultsProps<Page>,
) {
  const { query, list, icon } = props;
  const { data, error, isError, isFetching } = query;
  const t = textsOf(props.texts);
  const retry = () => void query.refetch();
  // Rows, an empty list or a failure: the page's content is on screen, what waited may load.
  const settled = data !== undefined || isError;
  useEffect(() => {
    if (settled) markContentPainted();
  }, [settled]);

  if (!data) {
    return isError ? (
      <PanelError
        error={error}
        title={t.failed || undefined}
        onRetry={retry}
        retrying={isFetching}
      />
    ) : (
      <TableSkeleton {...(props.skeleton ?? { rows: 6, columns: 5 })} label={t.loading} />
    );
  }

  let shown: ReactNode;
  if (data.items.length === 0 && data.total > 0) {
    shown = (
      <EmptyState
        icon={icon}
        title={`Nothing on page ${formatCount(list.params.page)}`}
        detail={t.pastEnd(formatCount(data.total))}
        action={<DrawnButton onClick={list.onFirstPage}>Back to first page</DrawnButton>}
      />
    );
  } else if (data.items.length === 0 && list.filtered) {
    shown = (
      <EmptyState
        icon={icon}
        title={t.noMatchTitle}
        detail={t.noMatchDetail}
        action={<DrawnButton onClick={list.clear}>{t.clearFilters}</DrawnButton>}
      />
    );
  } else if (data.items.length === 0) {
    shown = <EmptyState icon={icon} title={t.emptyTitle} detail={t.emptyDetail} />;
  } else {
    shown = props.children(data);
  }

  return (
    <>
      {isError ? (
        <RefreshFailed
          error={error}
          title={`The ${t.noun} could not be refreshed`}
          shown={`The ${t.noun} below are as they were last loaded.`}
          onRetry={retry}
          retrying={isFetching}
        />
      ) : null}
      {shown}
    </>
  );
}
