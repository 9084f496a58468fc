import Box from '@mui/material/Box';
import { memo, type ReactNode } from 'react';
import FilterAltOffIcon from '@mui/icons-material/FilterAltOff';
import { MAX_SEARCH_LENGTH } from '@/lib/list-params';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { stackSx } from '@/components/layout/stack-sx';
import { SearchField } from './search-field';
import type { ListControls } from './use-list-controls';

/** Buttons as tall as the fields beside them, whose tops line up (a field may grow a message). */
export const toolbarButtonSx = { minHeight: 40, flexShrink: 0 };
const clearButtonSx = { ...toolbarButtonSx, '&[hidden]': { display: 'none' } };

/**
 * Rendered hidden rather than left out: the first search then only shows it, and does not bring
 * in the button's styles (whose first insertion restyles the whole page). Memoised: a search that
 * keeps it shown or hidden does not re-render it.
 */
const ClearFiltersButton = memo(function ClearFiltersButton({
  hidden,
  onClick,
}: {
  hidden: boolean;
  onClick: () => void;
}) {
  return (
    <DrawnButton
      hidden={hidden}
      startIcon={<FilterAltOffIcon />}
      sx={clearButtonSx}
      onClick={onClick}
    >
      Clear filters
    </DrawnButton>
  );
});

interface ListToolbarProps {
  /** The search region's name: "Filter applications". */
  label: string;
  /** The search box's label: "Search applications". */
  searchLabel: string;
  list: Pick<
    ListControls<{ q?: string }>,
    'params' | 'filtered' | 'searchRef' | 'search' | 'clear'
  >;
  /** Offers "Clear filters" while search or a filter applies (a list with only a search may not). */
  clearable?: boolean;
  /** Fetches the rows of a search about to apply (see `SearchField`). */
  onPreviewSearch?: (q: string) => void;
  /** The list's own filters, after the search box. */
  children?: ReactNode;
}

/** A list's search box, its filters and, while any applies, a way to clear them all. */
export function ListToolbar(props: ListToolbarProps) {
  const { list, clearable = true } = props;
  return (
    <Box
      role="search"
      aria-label={props.label}
      sx={[
        stackSx(1.5, { direction: 'row', flexGap: true }),
        { flexWrap: 'wrap', alignItems: 'flex-start' },
      ]}
    >
      <SearchField
        label={props.searchLabel}
        maxLength={MAX_SEARCH_LENGTH}
        inputRef={list.searchRef}
        value={list.params.q ?? ''}
        onCommit={list.search}
        onPreview={props.onPreviewSearch}
      />
      {props.children}
      {clearable ? <ClearFiltersButton hidden={!list.filtered} onClick={list.clear} /> : null}
    </Box>
  );
}
