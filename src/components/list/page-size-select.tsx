import { memo, useId } from 'react';
import Box from '@mui/material/Box';
import type { SelectChangeEvent } from '@mui/material/Select';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { usePlaceholderHandoff } from './placeholder-handoff';
import { useSelectParts } from './use-select-parts';

/** As TablePagination sets its Select: inline, right-aligned, 8px before and 32px after it. */
const selectSx = {
  color: 'inherit',
  fontSize: 'inherit',
  flexShrink: 0,
  mr: 4,
  ml: 1,
  '& .MuiSelect-select': { pl: 1, pr: 3, textAlign: 'right', textAlignLast: 'right' },
  '& .MuiSelect-select:focus': { bgcolor: 'action.focus' },
} as const;

interface PageSizeSelectProps {
  /** The id of the "Rows per page:" text that names it. */
  labelId: string;
  value: number;
  options: readonly number[];
  onChange: (pageSize: number) => void;
}

/**
 * The pager's page-size menu: MUI's Select once it has loaded (with Menu and Modal, after the
 * page's content), and until then a look-alike of the same size that stands in for it. Memoised:
 * a search or a change of page does not re-render it.
 */
export const PageSizeSelect = memo(function PageSizeSelect(props: PageSizeSelectProps) {
  const parts = useSelectParts();
  const id = useId();
  if (!parts) return <PageSizeLookAlike labelId={props.labelId} value={props.value} />;
  const { InputBase, Select, MenuItem } = parts;
  return (
    <Select
      variant="standard"
      input={<InputBase />}
      id={id}
      labelId={props.labelId}
      value={props.value}
      onChange={(event: SelectChangeEvent<number>) => props.onChange(event.target.value)}
      sx={selectSx}
    >
      {props.options.map((option) => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </Select>
  );
});

/**
 * The Select's box, value and arrow, drawn with light parts: focusable and named as the Select,
 * and handing focus and a press on to it when it arrives (placeholder-handoff.ts).
 */
function PageSizeLookAlike({ labelId, value }: { labelId: string; value: number }) {
  const handoff = usePlaceholderHandoff<HTMLDivElement>();
  return (
    <Box
      {...handoff}
      sx={{
        typography: 'body1',
        position: 'relative',
        display: 'inline-flex',
        alignItems: 'center',
        fontSize: 'inherit',
        lineHeight: '1.4375em',
        flexShrink: 0,
        ml: 1,
        mr: 4,
      }}
    >
      <Box
        role="combobox"
        tabIndex={0}
        aria-labelledby={labelId}
        aria-haspopup="listbox"
        aria-expanded="false"
        sx={{
          outline: 'none',
          '&:focus': { bgcolor: 'action.focus' },
          boxSizing: 'content-box',
          minWidth: 16,
          minHeight: '1.4375em',
          pt: '4px',
          pb: '5px',
          pl: 1,
          pr: 3,
          textAlign: 'right',
          whiteSpace: 'nowrap',
        }}
      >
        {value}
      </Box>
      <ArrowDropDownIcon
        sx={{
          position: 'absolute',
          right: 0,
          top: 'calc(50% - .5em)',
          color: 'action.active',
          pointerEvents: 'none',
        }}
      />
    </Box>
  );
}
