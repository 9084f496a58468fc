import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { ComponentChange, DiffSummary as Summary } from '@/contract/template-diff';
import { ChangeMark } from './change-mark';
import type { DiffViewOptions, DiffViewOptionsUpdate } from './diff-view-options';

const order: ComponentChange[] = ['added', 'changed', 'removed', 'unchanged'];

/** The counts, which are also the filter: pressing "3 added" shows only added components. */
export function DiffSummaryFilter({
  summary,
  options,
  onOptionsChange,
}: {
  summary: Summary;
  options: DiffViewOptions;
  onOptionsChange: DiffViewOptionsUpdate;
}) {
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography id="diff-summary-label" variant="subtitle2" component="h2">
        Summary
      </Typography>
      <ToggleButtonGroup
        aria-labelledby="diff-summary-label"
        value={options.filter}
        onChange={(_, value: ComponentChange[]) =>
          onOptionsChange((o) => ({ ...o, filter: order.filter((c) => value.includes(c)) }))
        }
        size="small"
        sx={{ flexWrap: 'wrap' }}
      >
        {order.map((change) => (
          <ToggleButton
            key={change}
            value={change}
            aria-label={`${summary[change]} ${change}: show only ${change} components`}
            sx={{ gap: 1, px: 1, color: 'text.primary' }}
          >
            <Typography component="span" sx={{ fontWeight: 700, fontSize: '1rem' }}>
              {summary[change]}
            </Typography>
            <ChangeMark change={change} />
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {options.filter.length > 0 && (
        <Button size="small" onClick={() => onOptionsChange((o) => ({ ...o, filter: [] }))}>
          Show all changes
        </Button>
      )}
    </Stack>
  );
}
