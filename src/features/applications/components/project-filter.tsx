import type { SxProps, Theme } from '@mui/material/styles';
import { useProjects } from '../api/list-projects';
import { MultiChoiceFilter } from './multi-choice-filter';

interface ProjectFilterProps {
  /** Project ids, from the URL. */
  value: readonly string[];
  onChange: (projectIds: string[]) => void;
  sx?: SxProps<Theme>;
}

/** Several projects at once; none selected means any project. */
export function ProjectFilter({ value, onChange, sx }: ProjectFilterProps) {
  const { data, isError } = useProjects();
  const known = data?.items ?? [];
  const options = [
    ...known.map((p) => ({ value: p.id, label: p.name })),
    // Only once the projects are known can an id from a link be called unknown; listed so it
    // can be unticked.
    ...(data
      ? value
          .filter((id) => !known.some((p) => p.id === id))
          .map((id) => ({ value: id, label: `Unknown project (${id})` }))
      : []),
  ];
  return (
    <MultiChoiceFilter
      label="Project"
      value={value}
      options={options}
      onChange={onChange}
      placeholder={isError ? 'Projects could not be loaded' : 'Loading projects…'}
      sx={sx}
    />
  );
}
