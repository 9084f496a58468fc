import { useId, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { toolbarButtonSx } from './list-toolbar';

interface MoreFiltersProps {
  /** How many of the filters inside apply: said on the button, and they start shown if any. */
  active: number;
  /** A list's less-used filters. */
  children: ReactNode;
}

/**
 * Narrow screens keep a list's less-used filters behind a "More filters" button; from md up
 * they sit in the toolbar with the others and the button goes.
 */
export function MoreFilters({ active, children }: MoreFiltersProps) {
  const id = useId();
  const [open, setOpen] = useState(active > 0);
  return (
    <>
      <DrawnButton
        aria-expanded={open}
        aria-controls={id}
        endIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
        onClick={() => setOpen((was) => !was)}
        sx={{ ...toolbarButtonSx, display: { md: 'none' } }}
      >
        {active > 0 ? `More filters (${String(active)})` : 'More filters'}
      </DrawnButton>
      <Box id={id} sx={{ display: { xs: open ? 'contents' : 'none', md: 'contents' } }}>
        {children}
      </Box>
    </>
  );
}
