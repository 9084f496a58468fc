import { useRef } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import { ANY, ChoiceFilter } from '@/components/list/choice-filter';
import { SearchField } from '@/components/list/search-field';
import { countRangeText } from '@/lib/format';
import { useUrlParams } from '@/lib/use-url-params';
import { useInstalledApplications } from '../../api/list-installed-applications';
import { ListState } from '../templates/list-state';
import { PagedTable } from '../templates/paged-table';
import { MAX_SEARCH_LENGTH, nextSort } from '../templates/templates-params';
import { installedColumns } from './installed-columns';
import {
  installedSearchParams,
  parseInstalledParams,
  type InstalledParams,
} from './installed-params';

const updateOptions = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
] as const;

const clearFilters = (c: InstalledParams): InstalledParams => ({
  page: 1,
  pageSize: c.pageSize,
  sort: c.sort,
  order: c.order,
});

export function InstalledScreen() {
  const [params, setParams] = useUrlParams(parseInstalledParams, installedSearchParams);
  const query = useInstalledApplications(params);
  const searchRef = useRef<HTMLInputElement>(null);
  const filtered = Boolean(params.q) || params.updateAvailable !== undefined;
  const filter = (patch: Partial<InstalledParams>) =>
    setParams((c) => ({ ...c, ...patch, page: 1 }));
  const clear = () => {
    setParams(clearFilters);
    searchRef.current?.focus();
  };

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <div>
        <Typography variant="h1">Installed applications</Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5 }}>
          Applications installed from templates, the template version each one runs, and newer
          versions they can be upgraded to.
        </Typography>
      </div>
      <Stack
        direction="row"
        spacing={1.5}
        useFlexGap
        role="search"
        aria-label="Filter installed applications"
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
      >
        <SearchField
          label="Search installed applications"
          maxLength={MAX_SEARCH_LENGTH}
          inputRef={searchRef}
          value={params.q ?? ''}
          onCommit={(q) => filter({ q: q || undefined })}
        />
        <ChoiceFilter
          label="Newer version available"
          value={
            params.updateAvailable === undefined ? ANY : params.updateAvailable ? 'true' : 'false'
          }
          options={updateOptions}
          onChange={(v) => filter({ updateAvailable: v === undefined ? undefined : v === 'true' })}
        />
        {filtered ? (
          <Button startIcon={<FilterAltOffIcon />} sx={{ minHeight: 40 }} onClick={clear}>
            Clear filters
          </Button>
        ) : null}
      </Stack>
      <Typography role="status" variant="body2" color="text.secondary" sx={{ minHeight: 20 }}>
        {query.data && !query.isError
          ? countRangeText(query.data.page, query.data.pageSize, query.data.total, [
              'installed application',
              'installed applications',
            ])
          : null}
      </Typography>
      <ListState
        query={query}
        noun="installed applications"
        page={params.page}
        filtered={filtered}
        emptyDetail="Applications installed from a template appear here."
        onFirstPage={() => setParams((c) => ({ ...c, page: 1 }))}
        onClearFilters={clear}
      >
        {(data) => (
          <PagedTable
            label="Installed applications"
            columns={installedColumns}
            rows={data.items}
            rowKey={(a) => a.id}
            total={data.total}
            page={params.page}
            pageSize={params.pageSize}
            sort={params.sort}
            order={params.order}
            fetching={query.isFetching}
            stale={query.isPlaceholderData}
            onSort={(field) =>
              setParams((c) => ({ ...c, ...nextSort(c, field, ['updatedAt', 'version']), page: 1 }))
            }
            onPageChange={(page) => setParams((c) => ({ ...c, page }))}
            onPageSizeChange={(pageSize) => setParams((c) => ({ ...c, pageSize, page: 1 }))}
          />
        )}
      </ListState>
    </Stack>
  );
}
