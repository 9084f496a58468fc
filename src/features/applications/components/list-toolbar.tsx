import { useRef } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import { DeployedVia, type ApplicationListParams } from '@/contract/applications';
import { clearFilters, hasActiveFilters } from '../list-params';
import { ANY, ChoiceFilter } from './choice-filter';
import { deployedViaLabels } from './labels';
import { SearchField } from './search-field';
import { StatusFilter } from './status-filter';

const deployedViaOptions = DeployedVia.options.map((value) => ({
  value,
  label: deployedViaLabels[value],
}));
const upgradeOptions = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
] as const;

interface ListToolbarProps {
  params: ApplicationListParams;
  onChange: (update: (current: ApplicationListParams) => ApplicationListParams) => void;
}

export function ListToolbar({ params, onChange }: ListToolbarProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  // Any change of search or filter starts again from the first page.
  const filter = (patch: Partial<ApplicationListParams>) =>
    onChange((current) => ({ ...current, ...patch, page: 1 }));

  return (
    <Stack
      direction="row"
      spacing={1.5}
      useFlexGap
      role="search"
      aria-label="Filter applications"
      sx={{ flexWrap: 'wrap', alignItems: 'center' }}
    >
      <SearchField
        inputRef={searchRef}
        value={params.q ?? ''}
        onCommit={(q) => filter({ q: q || undefined })}
      />
      <StatusFilter
        value={params.status ?? []}
        onChange={(status) => filter({ status: status.length > 0 ? status : undefined })}
      />
      <ChoiceFilter
        label="Deployed via"
        value={params.deployedVia ?? ANY}
        options={deployedViaOptions}
        onChange={(deployedVia) => filter({ deployedVia })}
      />
      <ChoiceFilter
        label="Upgrade available"
        value={
          params.upgradeAvailable === undefined ? ANY : params.upgradeAvailable ? 'true' : 'false'
        }
        options={upgradeOptions}
        onChange={(v) => filter({ upgradeAvailable: v === undefined ? undefined : v === 'true' })}
      />
      {hasActiveFilters(params) ? (
        <Button
          size="small"
          startIcon={<FilterAltOffIcon />}
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
