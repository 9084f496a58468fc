import { useRef } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import type { SelfHostedListParams } from '@/contract/self-hosted';
import { ANY, ChoiceFilter } from '@/components/list/choice-filter';
import { SearchField } from '@/components/list/search-field';
import { clearFilters, hasActiveFilters, MAX_SEARCH_LENGTH } from '../../list-params';

const updateOptions = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
] as const;

interface ListToolbarProps {
  params: SelfHostedListParams;
  onChange: (update: (current: SelfHostedListParams) => SelfHostedListParams) => void;
}

export function ListToolbar({ params, onChange }: ListToolbarProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  // Any change of search or filter starts again from the first page.
  const filter = (patch: Partial<SelfHostedListParams>) =>
    onChange((current) => ({ ...current, ...patch, page: 1 }));

  return (
    <Stack
      direction="row"
      spacing={1.5}
      useFlexGap
      role="search"
      aria-label="Filter my applications"
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      <SearchField
        label="Search my applications"
        maxLength={MAX_SEARCH_LENGTH}
        inputRef={searchRef}
        value={params.q ?? ''}
        onCommit={(q) => filter({ q: q || undefined })}
      />
      <ChoiceFilter
        label="Update available"
        value={
          params.updateAvailable === undefined ? ANY : params.updateAvailable ? 'true' : 'false'
        }
        options={updateOptions}
        onChange={(v) => filter({ updateAvailable: v === undefined ? undefined : v === 'true' })}
      />
      {hasActiveFilters(params) ? (
        <Button
          startIcon={<FilterAltOffIcon />}
          sx={{ minHeight: 40, flexShrink: 0 }}
          onClick={() => {
            onChange(clearFilters);
            // The button goes away with the filters; keep focus somewhere useful.
            searchRef.current?.focus();
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
}
