import { useRef } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SearchField } from '@/components/list/search-field';
import { countRangeText } from '@/lib/format';
import { useUrlParams } from '@/lib/use-url-params';
import { useTemplates } from '../../api/list-templates';
import { ListState } from './list-state';
import { PagedTable } from './paged-table';
import { templateColumns } from './templates-columns';
import {
  MAX_SEARCH_LENGTH,
  nextSort,
  parseTemplatesParams,
  templatesSearchParams,
} from './templates-params';

export function TemplatesScreen() {
  const [params, setParams] = useUrlParams(parseTemplatesParams, templatesSearchParams);
  const query = useTemplates(params);
  const searchRef = useRef<HTMLInputElement>(null);
  const clear = () => {
    setParams((c) => ({ ...c, q: undefined, page: 1 }));
    searchRef.current?.focus();
  };

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <div>
        <Typography variant="h1">Templates</Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          Application templates, their release records, and changes of their source applications not
          yet published.
        </Typography>
      </div>
      <Stack direction="row" role="search" aria-label="Filter templates">
        <SearchField
          label="Search templates"
          maxLength={MAX_SEARCH_LENGTH}
          inputRef={searchRef}
          value={params.q ?? ''}
          onCommit={(q) => setParams((c) => ({ ...c, q: q || undefined, page: 1 }))}
        />
      </Stack>
      <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
        {query.data && !query.isError
          ? countRangeText(query.data.page, query.data.pageSize, query.data.total, [
              'template',
              'templates',
            ])
          : null}
      </Typography>
      <ListState
        query={query}
        noun="templates"
        page={params.page}
        filtered={Boolean(params.q)}
        emptyDetail="Templates appear here once an application is published as a template."
        onFirstPage={() => setParams((c) => ({ ...c, page: 1 }))}
        onClearFilters={clear}
      >
        {(data) => (
          <PagedTable
            label="Templates"
            columns={templateColumns}
            rows={data.items}
            rowKey={(t) => t.id}
            total={data.total}
            page={params.page}
            pageSize={params.pageSize}
            sort={params.sort}
            order={params.order}
            fetching={query.isFetching}
            stale={query.isPlaceholderData}
            onSort={(field) =>
              setParams((c) => ({
                ...c,
                ...nextSort(c, field, ['updatedAt', 'latestVersion', 'componentCount']),
                page: 1,
              }))
            }
            onPageChange={(page) => setParams((c) => ({ ...c, page }))}
            onPageSizeChange={(pageSize) => setParams((c) => ({ ...c, pageSize, page: 1 }))}
          />
        )}
      </ListState>
    </Stack>
  );
}
