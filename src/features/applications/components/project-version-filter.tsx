import type { SxProps, Theme } from '@mui/material/styles';
import { SelectPlaceholder } from '@/components/list/select-placeholder';
import { useSelectParts } from '@/components/list/use-select-parts';
import { useProjects } from '../api/list-projects';
import { positiveInt } from '@/lib/list-params';
import { PROJECTS_PROBLEM_ID } from './project-filter';
import { releasedVersionsOf } from '../version-filters';

interface ProjectVersionFilterProps {
  value: number | undefined;
  /** The projects chosen in the Project filter: their released versions are offered. */
  projectIds: readonly string[];
  onChange: (version: number | undefined) => void;
  sx?: SxProps<Theme>;
}

/**
 * A chosen version stays chosen when the project selection changes: it is marked as not released
 * by those projects (so nothing matches) rather than dropped behind the person's back.
 */
export function ProjectVersionFilter({
  value,
  projectIds,
  onChange,
  sx,
}: ProjectVersionFilterProps) {
  const { data, isError } = useProjects();
  const parts = useSelectParts();
  const failed = isError && !data;
  const released = data ? releasedVersionsOf(data.items, projectIds) : [];
  const unreleased = data !== undefined && value !== undefined && !released.includes(value);
  const versions =
    value === undefined || released.includes(value)
      ? released
      : [...released, value].sort((a, b) => a - b);
  const note = projectIds.length > 0 ? 'not released by the selected projects' : 'never released';
  const shown = (v: string) => {
    if (v === '') return 'Any';
    return unreleased ? `${v} (not released)` : v;
  };
  const text = value === undefined ? '' : String(value);
  const label = 'Project version';
  if (!parts) return <SelectPlaceholder label={label} value={shown(text)} sx={sx} />;
  const { TextField, MenuItem } = parts;

  return (
    <TextField
      select
      size="small"
      label={label}
      value={text}
      onChange={(event) => onChange(positiveInt(event.target.value))}
      sx={sx}
      slotProps={{
        select: {
          displayEmpty: true,
          renderValue: (v) => shown(String(v)),
        },
        inputLabel: { shrink: true },
        // The Project filter says why there are no versions, and offers Retry.
        htmlInput: { 'aria-describedby': failed ? PROJECTS_PROBLEM_ID : undefined },
      }}
    >
      <MenuItem value="" dense>
        Any
      </MenuItem>
      {failed ? (
        <MenuItem disabled dense>
          Versions could not be loaded
        </MenuItem>
      ) : null}
      {versions.map((v) => (
        <MenuItem key={v} value={String(v)} dense>
          {unreleased && v === value ? `${String(v)} (${note})` : String(v)}
        </MenuItem>
      ))}
    </TextField>
  );
}
