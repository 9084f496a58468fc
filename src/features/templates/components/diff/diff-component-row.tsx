import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import type { Theme } from '@mui/material/styles';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { memo } from 'react';
import type { ComponentDiff } from '@/contract/template-diff';
import { perTheme } from '@/theme/drawn-rules';
import { useStaticClass } from '@/theme/static-class';
import { formatImage } from '../../template-format';
import { ChangeMark, perChangeRules, tint } from './change-mark';
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

/**
 * The row's rules, once for every row: the border says the kind of change (with the mark), and
 * the heading and summary are MUI's h5 and body2 Typography on plain elements.
 */
const rowRules = perTheme((theme: Theme) => ({
  borderLeft: 4,
  borderColor: 'divider',
  borderBottom: 1,
  borderBottomColor: 'divider',
  px: { xs: 1, sm: 1.5 },
  py: 1,
  ...perChangeRules((change) => ({ borderLeftColor: tint(change, 0.9)(theme) })),
  '& .dc-head': { display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' },
  '& .dc-check': { p: 0.5 },
  '& .dc-name': {
    typography: 'h5',
    m: 0,
    overflowWrap: 'anywhere',
    '&:focus-visible': { outline: 2, outlineOffset: 2 },
  },
  '& .dc-summary': { typography: 'body2', m: 0, color: 'text.secondary', overflowWrap: 'anywhere' },
  '& .dc-toggle': { ml: 'auto' },
  '& .dc-problem, & .dc-fields': { mt: 1 },
}));

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

  const rowClass = useStaticClass(rowRules);

  return (
    <section className={rowClass} data-change={c.change} aria-labelledby={headingId}>
      <div className="dc-head">
        {selection && selectable && (
          <Checkbox
            size="small"
            checked={selection.selected.includes(c.name)}
            onChange={(e) => selection.onChange(c.name, e.target.checked)}
            disabled={selection.disabled}
            slotProps={{ input: { 'aria-label': `${selection.verb} ${c.name}` } }}
            className="dc-check"
          />
        )}
        <ChangeMark change={c.change} />
        <h3 id={headingId} className="dc-name" tabIndex={-1}>
          {c.name}
        </h3>
        <p className="dc-summary">{summaryOf(c)}</p>
        {(c.change === 'unchanged' || same.length > 0) && (
          <Button
            size="small"
            onClick={() => onToggleExpanded(c.name, !expanded)}
            startIcon={expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            aria-expanded={expanded}
            aria-label={`${toggleText} of ${c.name}`}
            className="dc-toggle"
          >
            {toggleText}
          </Button>
        )}
      </div>
      {problem && (
        <Alert severity="error" className="dc-problem">
          {problem}
        </Alert>
      )}
      {lines.length > 0 && (
        <div className="dc-fields">
          <DiffFieldsTable
            label={`${c.name} fields`}
            lines={lines}
            view={view}
            revealed={revealed}
          />
        </div>
      )}
    </section>
  );
});
