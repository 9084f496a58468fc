import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { memo } from 'react';
import type { ComponentDiff } from '@/contract/template-diff';
import { formatImage } from '../../template-format';
import { ChangeMark, tint } from './change-mark';
import { diffRowId, type ComponentSelection } from './component-selection';
import { DiffFieldsTable } from './diff-fields-table';
import { definitionLines, fieldLine, unchangedLines } from './field-lines';

interface Props {
  component: ComponentDiff;
  view: 'split' | 'inline';
  expanded: boolean;
  onToggleExpanded: (name: string, expanded: boolean) => void;
  revealed: boolean;
  selection?: ComponentSelection;
}

function summaryOf(c: ComponentDiff): string {
  if (c.change === 'changed') {
    return `${c.fields.length} ${c.fields.length === 1 ? 'field' : 'fields'} changed`;
  }
  const side = c.after ?? c.before;
  return side ? formatImage(side) : '';
}

/** One component of the diff: what happened to it, and its fields before → after. */
export const DiffComponentRow = memo(function DiffComponentRow({
  component: c,
  view,
  expanded,
  onToggleExpanded,
  revealed,
  selection,
}: Props) {
  const same = c.change === 'changed' ? unchangedLines(c) : [];
  const definition =
    c.change === 'added' && c.after
      ? definitionLines(c.after, 'added')
      : c.change === 'removed' && c.before
        ? definitionLines(c.before, 'removed')
        : c.change === 'unchanged' && expanded && c.after
          ? definitionLines(c.after, 'unchanged')
          : [];
  const lines = [...c.fields.map(fieldLine), ...definition, ...(expanded ? same : [])];
  const headingId = diffRowId(c.name);
  const problem = selection?.problems?.[c.name];
  const selectable = selection?.selectable(c) ?? false;
  const toggleText =
    c.change === 'unchanged'
      ? `${expanded ? 'Hide' : 'Show'} definition`
      : `${expanded ? 'Hide' : 'Show'} ${same.length} unchanged ${same.length === 1 ? 'field' : 'fields'}`;

  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{
        borderLeft: 4,
        borderColor: c.change === 'unchanged' ? 'divider' : tint(c.change, 0.9),
        borderBottom: 1,
        borderBottomColor: 'divider',
        px: { xs: 1, sm: 1.5 },
        py: 1,
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        {selection && selectable && (
          <Checkbox
            size="small"
            checked={selection.selected.includes(c.name)}
            onChange={(e) => selection.onChange(c.name, e.target.checked)}
            disabled={selection.disabled}
            slotProps={{ input: { 'aria-label': `${selection.verb} ${c.name}` } }}
            sx={{ p: 0.5 }}
          />
        )}
        <ChangeMark change={c.change} />
        <Typography
          id={headingId}
          component="h3"
          variant="h5"
          tabIndex={-1}
          sx={{ overflowWrap: 'anywhere', '&:focus-visible': { outline: 2, outlineOffset: 2 } }}
        >
          {c.name}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {summaryOf(c)}
        </Typography>
        {(c.change === 'unchanged' || same.length > 0) && (
          <Button
            size="small"
            onClick={() => onToggleExpanded(c.name, !expanded)}
            startIcon={expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            aria-expanded={expanded}
            aria-label={`${toggleText} of ${c.name}`}
            sx={{ ml: 'auto' }}
          >
            {toggleText}
          </Button>
        )}
      </Stack>
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {problem}
        </Alert>
      )}
      {lines.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <DiffFieldsTable
            label={`${c.name} fields`}
            lines={lines}
            view={view}
            revealed={revealed}
          />
        </Box>
      )}
    </Box>
  );
});
