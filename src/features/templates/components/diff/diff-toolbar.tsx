import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import NextIcon from '@mui/icons-material/KeyboardArrowDown';
import PreviousIcon from '@mui/icons-material/KeyboardArrowUp';
import type { ReactNode } from 'react';
import type { DiffViewOptions, DiffViewOptionsUpdate } from './diff-view-options';

interface Props {
  options: DiffViewOptions;
  onOptionsChange: DiffViewOptionsUpdate;
  /** Narrow screens always show the inline view. */
  narrow: boolean;
  revealed: boolean;
  onRevealedChange: (revealed: boolean) => void;
  hasSecrets: boolean;
  onPrevious: () => void;
  onNext: () => void;
  changeCount: number;
  exportButton: ReactNode;
}

/** View (side by side / inline), whitespace, secrets, next / previous change and export. */
export function DiffToolbar(p: Props) {
  const view = p.narrow ? 'inline' : p.options.view;
  return (
    <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
      <ToggleButtonGroup
        aria-label="Layout"
        exclusive
        size="small"
        value={view}
        sx={{ '& .MuiToggleButton-root:not(.Mui-disabled)': { color: 'text.primary' } }}
        onChange={(_, value: DiffViewOptions['view'] | null) => {
          if (value) p.onOptionsChange((o) => ({ ...o, view: value }));
        }}
      >
        <ToggleButton value="split" disabled={p.narrow}>
          Side by side
        </ToggleButton>
        <ToggleButton value="inline">Inline</ToggleButton>
      </ToggleButtonGroup>
      <FormControlLabel
        control={
          <Switch
            checked={p.options.ignoreWhitespace}
            onChange={(e) =>
              p.onOptionsChange((o) => ({ ...o, ignoreWhitespace: e.target.checked }))
            }
          />
        }
        label="Ignore whitespace-only changes"
      />
      {p.hasSecrets && (
        <FormControlLabel
          control={
            <Switch checked={p.revealed} onChange={(e) => p.onRevealedChange(e.target.checked)} />
          }
          label="Reveal secrets"
        />
      )}
      <Stack direction="row" sx={{ gap: 0.5, alignItems: 'center' }}>
        <Button
          size="small"
          onClick={p.onPrevious}
          startIcon={<PreviousIcon />}
          disabled={p.changeCount === 0}
          aria-keyshortcuts="p k"
        >
          Previous change
        </Button>
        <Button
          size="small"
          onClick={p.onNext}
          startIcon={<NextIcon />}
          disabled={p.changeCount === 0}
          aria-keyshortcuts="n j"
        >
          Next change
        </Button>
        <Typography
          variant="caption"
          color="textSecondary"
          sx={{ display: { xs: 'none', md: 'inline' } }}
        >
          Keys: n / p
        </Typography>
      </Stack>
      {p.exportButton}
    </Stack>
  );
}
