import type { UseQueryResult } from '@tanstack/react-query';
import type { ActionsColumn, ListColumn } from './list-column';
import { ListResults } from './list-results';
import type { ListTexts } from './list-texts';
import { PagedTable, type SortedPage } from './paged-table';
import { ResultCount } from './result-count';
import type { ListControls } from './use-list-controls';

interface PagedListProps<Row extends { id: string }, Sort extends string> {
  query: UseQueryResult<{ items: Row[]; total: number; page: number; pageSize: number }>;
  list: Pick<
    ListControls<SortedPage<Sort>, Sort>,
    'params' | 'filtered' | 'onFirstPage' | 'clear' | 'onSort' | 'onPageChange' | 'onPageSizeChange'
  >;
  texts: ListTexts & { one: string };
  /** The table's accessible name, e.g. "Applications". */
  label: string;
  columns: readonly ListColumn<Row, Sort>[];
  actions?: ActionsColumn<Row>;
  /** Narrower cell padding, for tables with many columns. */
  compact?: boolean;
  skeleton?: { rows: number; columns: number };
}

/** A server-paged table with its count above it and whatever its request's state calls for. */
export function PagedList<Row extends { id: string }, Sort extends string>(
  props: PagedListProps<Row, Sort>,
) {
  const { query, list, texts } = props;
  return (
    <>
      <ResultCount data={query.data} noun={[texts.one, texts.noun]} />
      <ListResults query={query} texts={texts} list={list} skeleton={props.skeleton}>
        {(data) => (
          <PagedTable
            label={props.label}
            columns={props.columns}
            actions={props.actions}
            data={data}
            query={query}
            list={list}
            compact={props.compact}
          />
        )}
      </ListResults>
    </>
  );
}
