import { useId, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import { DeployedVia, type ApplicationListParams } from '@/contract/applications';
import { applyToggles, clearFilters, hasActiveFilters, MAX_SEARCH_LENGTH } from '../list-params';
import { ApplicationVersionField } from './application-version-field';
import { ANY, ChoiceFilter } from '@/components/list/choice-filter';
import { deployedViaLabels } from './labels';
import { ProjectFilter } from './project-filter';
import { ProjectVersionFilter } from './project-version-filter';
import { SearchField } from '@/components/list/search-field';
import { StatusFilter } from './status-filter';

const deployedViaOptions = DeployedVia.options.map((value) => ({
  value,
  label: deployedViaLabels[value],
}));
const upgradeOptions = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
] as const;

const narrowField = { flex: '1 1 150px', maxWidth: 220 };
/** Buttons as tall as the fields beside them, whose tops line up (a field may grow a message). */
const buttonSx = { minHeight: 40, flexShrink: 0 };

interface ListToolbarProps {
  params: ApplicationListParams;
  onChange: (update: (current: ApplicationListParams) => ApplicationListParams) => void;
}

export function ListToolbar({ params, onChange }: ListToolbarProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const moreId = useId();
  const moreActive = Number(params.applicationVersion !== undefined) + Number(!!params.deployedVia);
  const [moreOpen, setMoreOpen] = useState(moreActive > 0);
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
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      <SearchField
        label="Search applications"
        maxLength={MAX_SEARCH_LENGTH}
        inputRef={searchRef}
        value={params.q ?? ''}
        onCommit={(q) => filter({ q: q || undefined })}
      />
      <StatusFilter
        value={params.status ?? []}
        onChange={(status) =>
          onChange((c) => ({
            ...c,
            status: applyToggles(c.status, params.status ?? [], status),
            page: 1,
          }))
        }
      />
      <ProjectFilter
        value={params.project ?? []}
        onChange={(project) =>
          onChange((c) => ({
            ...c,
            project: applyToggles(c.project, params.project ?? [], project),
            page: 1,
          }))
        }
        sx={{ flex: '1 1 160px', maxWidth: 260 }}
      />
      <ProjectVersionFilter
        value={params.projectVersion}
        projectIds={params.project ?? []}
        onChange={(projectVersion) => filter({ projectVersion })}
        sx={narrowField}
      />
      <ChoiceFilter
        label="Upgrade available"
        value={
          params.upgradeAvailable === undefined ? ANY : params.upgradeAvailable ? 'true' : 'false'
        }
        options={upgradeOptions}
        onChange={(v) => filter({ upgradeAvailable: v === undefined ? undefined : v === 'true' })}
      />
      {/* Narrow screens keep the less-used filters behind this button; wide ones show them all. */}
      <Button
        aria-expanded={moreOpen}
        aria-controls={moreId}
        endIcon={moreOpen ? <ExpandLessIcon /> : <ExpandMoreIcon />}
        onClick={() => setMoreOpen((open) => !open)}
        sx={{ ...buttonSx, display: { md: 'none' } }}
      >
        {moreActive > 0 ? `More filters (${String(moreActive)})` : 'More filters'}
      </Button>
      <Box id={moreId} sx={{ display: { xs: moreOpen ? 'contents' : 'none', md: 'contents' } }}>
        <ApplicationVersionField
          value={params.applicationVersion}
          onCommit={(applicationVersion) => filter({ applicationVersion })}
          sx={narrowField}
        />
        <ChoiceFilter
          label="Deployed via"
          value={params.deployedVia ?? ANY}
          options={deployedViaOptions}
          onChange={(deployedVia) => filter({ deployedVia })}
        />
      </Box>
      {hasActiveFilters(params) ? (
        <Button
          startIcon={<FilterAltOffIcon />}
          sx={buttonSx}
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
