import { memo, useCallback, type ComponentType } from 'react';
import {
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useUrlParams } from '@/lib/use-url-params';
import type { ActionsColumn, ListColumn } from './list-column';
import { ListScreen } from './list-screen';
import type { ListTexts } from './list-texts';
import { ListToolbar } from './list-toolbar';
import { PagedList } from './paged-list';
import type { SortedPage } from './paged-table';
import { useListControls, withSearch, type ListControls } from './use-list-controls';

interface ListCodec<P, Sort> {
  parse: (search: URLSearchParams) => P;
  serialize: (params: P, base: URLSearchParams) => URLSearchParams;
  nextSort: (current: P, field: Sort) => Partial<P>;
  clearFilters: (params: P) => P;
  hasActiveFilters: (params: P) => boolean;
}

interface ListPageOf<Row> {
  items: Row[];
  total: number;
  page: number;
  pageSize: number;
}

/** Everything a server-paged list is: its URL state, its endpoint, its columns and its words. */
export interface ServerListDefinition<
  P extends SortedPage<Sort> & { q?: string },
  Row extends { id: string },
  Sort extends string,
  Key extends QueryKey = QueryKey,
> {
  /** From `defineListParams`: the list's state in the URL and its rules. */
  codec: ListCodec<P, Sort>;
  /**
   * The endpoint's query options (the ones its route's loader uses): the screen reads them, and
   * fetches a search's rows ahead while it is typed.
   */
  rowsQuery: (params: P) => UseQueryOptions<ListPageOf<Row>, Error, ListPageOf<Row>, Key>;
  title: string;
  description: string;
  /** The table's accessible name: "Applications". */
  label: string;
  texts: ListTexts & { one: string };
  /** The search region's name and the search box's label. */
  search: { label: string; field: string; clearable?: boolean };
  /** The list's own filters, after the search box. */
  Filters?: ComponentType<{ list: ListControls<P, Sort> }>;
  columns: readonly ListColumn<Row, Sort>[];
  /** Per-row actions for the signed-in person, or undefined when they may run none. */
  useActions?: () => ActionsColumn<Row> | undefined;
  compact?: boolean;
  skeleton?: { rows: number; columns: number };
}

const noActions = () => undefined;

/** Two states alike in everything a list's filters show: all but the search and the page. */
function sameFilters(before: object, after: object): boolean {
  const shown = (params: object) =>
    JSON.stringify(Object.entries(params).filter(([key]) => key !== 'q' && key !== 'page'));
  return shown(before) === shown(after);
}

interface FiltersHostProps<P, Sort> {
  Filters: ComponentType<{ list: ListControls<P, Sort> }>;
  list: ListControls<P, Sort>;
}

function FiltersHostImpl<P, Sort>({ Filters, list }: FiltersHostProps<P, Sort>) {
  return <Filters list={list} />;
}

/**
 * The filters, re-rendered when what they show changes, not on each search or page: their
 * handlers build on the latest URL, so an earlier render's are as good as this one's.
 */
const FiltersHost = memo(
  FiltersHostImpl,
  (before, after) =>
    before.Filters === after.Filters &&
    sameFilters(before.list.params as object, after.list.params as object),
) as typeof FiltersHostImpl;

/** A whole list page from its definition: heading, search and filters, count, table. */
export function ServerList<
  P extends SortedPage<Sort> & { q?: string },
  Row extends { id: string },
  Sort extends string,
  Key extends QueryKey,
>({ definition }: { definition: ServerListDefinition<P, Row, Sort, Key> }) {
  const { codec, search, Filters, rowsQuery, useActions = noActions } = definition;
  const [params, setParams] = useUrlParams(codec.parse, codec.serialize);
  const list = useListControls(params, setParams, codec);
  const queryClient = useQueryClient();
  const query = useQuery(rowsQuery(params));
  const actions = useActions();
  // The rows a search will show, fetched once typing pauses briefly: when it applies (after the
  // longer pause) they are in the cache, and the list changes in one render. The params are
  // written to a URL and read back, as the search's navigation will.
  const previewSearch = useCallback(
    (q: string) => {
      const shown = codec.parse(codec.serialize(withSearch(params, q), new URLSearchParams()));
      queryClient.query(rowsQuery(shown)).catch(() => undefined);
    },
    [params, codec, rowsQuery, queryClient],
  );

  return (
    <ListScreen title={definition.title} description={definition.description}>
      <ListToolbar
        label={search.label}
        searchLabel={search.field}
        list={list}
        clearable={search.clearable}
        onPreviewSearch={previewSearch}
      >
        {Filters ? <FiltersHost Filters={Filters} list={list} /> : null}
      </ListToolbar>
      <PagedList
        query={query}
        list={list}
        texts={definition.texts}
        label={definition.label}
        columns={definition.columns}
        actions={actions}
        compact={definition.compact}
        skeleton={definition.skeleton}
      />
    </ListScreen>
  );
}
