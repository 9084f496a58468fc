import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { useProjects } from '../api/list-projects';
import { MultiChoiceFilter } from './multi-choice-filter';

/** MUI's error helper text, as a plain element: this filter is on the first screen. */
const problemSx = {
  typography: 'caption',
  color: 'error.main',
  textAlign: 'left',
  mt: '3px',
  mx: 1.75,
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: 0.5,
} as const;

/** The message both project filters point to when the projects could not be loaded. */
export const PROJECTS_PROBLEM_ID = 'projects-filter-problem';

interface ProjectFilterProps {
  /** Project ids, from the URL. */
  value: readonly string[];
  onChange: (projectIds: string[]) => void;
  sx?: SxProps<Theme>;
}

/** Several projects at once; none selected means any project. */
export function ProjectFilter({ value, onChange, sx }: ProjectFilterProps) {
  const { data, isError, isFetching, refetch } = useProjects();
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
  const failed = isError && !data;
  return (
    <Box sx={sx}>
      <MultiChoiceFilter
        label="Project"
        value={value}
        options={options}
        onChange={onChange}
        placeholder={isError ? 'Projects could not be loaded' : 'Loading projects…'}
        describedBy={failed ? PROJECTS_PROBLEM_ID : undefined}
        sx={{ width: '100%' }}
      />
      {/* Always there, so the message is announced when a failed load puts it in. */}
      <Box aria-live="polite">
        {failed ? (
          <Box sx={problemSx}>
            <span id={PROJECTS_PROBLEM_ID}>
              Projects could not be loaded: the Project and Project version filters are unavailable.
            </span>
            <DrawnButton
              size="small"
              color="inherit"
              aria-label="Retry loading projects"
              loading={isFetching}
              onClick={() => void refetch()}
              sx={{ minWidth: 0, px: 1, ml: -1 }}
            >
              Retry
            </DrawnButton>
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}
