import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DiffResult } from '@/contract/template-diff';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { usePermission } from '@/components/layout/require-permission';
import type { ComponentSelection } from './component-selection';
import { DiffComponentRow } from './diff-component-row';
import { DiffExport } from './diff-export';
import { DiffList } from './diff-list';
import { changeStops, diffItems, type DiffItem } from './diff-items';
import { DiffSummaryFilter } from './diff-summary';
import { DiffToolbar } from './diff-toolbar';
import { RevealStatus } from './reveal-status';
import { useRevealedDiff } from './use-revealed-diff';
import { toggled, type DiffViewOptions, type DiffViewOptionsUpdate } from './diff-view-options';
import { useChangeNavigation } from './use-change-navigation';

export interface TemplateDiffViewProps {
  /** The diff as the server computed it (the contract's DiffResult, or anything extending it). */
  diff: Pick<DiffResult, 'summary' | 'components'>;
  options: DiffViewOptions;
  /** Receives an updater, like `useUrlParams`'s setter: keep the options in the URL. */
  onOptionsChange: DiffViewOptionsUpdate;
  /** Names the Markdown export, e.g. "spacetech-portal 1.0 → 1.1". */
  title: string;
  /** A checkbox per component (pick what to upgrade, or to restore). */
  selection?: ComponentSelection;
  /** The diff is being fetched again (e.g. after "ignore whitespace" changed). */
  refreshing?: boolean;
  /** Where the diff's versions come from: its secrets are revealed from there, on purpose. */
  templateId?: string;
}

/**
 * The reviewer-grade diff: summary that filters, components marked by icon and word, fields
 * before → after side by side or inline, unchanged parts collapsed, next / previous change by
 * keyboard, secrets masked (revealed from the server on purpose, for holders of secrets:read),
 * Markdown export, virtualised for templates of hundreds of components.
 */
export function TemplateDiffView({
  diff,
  options,
  onOptionsChange,
  title,
  selection,
  refreshing = false,
  templateId,
}: TemplateDiffViewProps) {
  const narrow = useMediaQuery((t: Theme) => t.breakpoints.down('sm'), { noSsr: true });
  const view = narrow ? 'inline' : options.view;
  const [revealOn, setRevealOn] = useState(false);
  const canReveal = usePermission('secrets:read');
  const secrets = useRevealedDiff(templateId, diff, revealOn && canReveal);
  // Only values the server revealed are ever shown or exported; the rest stay masked.
  const shown = secrets.revealed ?? diff;
  const revealed = secrets.revealed !== null;
  const items = useMemo(() => diffItems(shown, options), [shown, options]);
  const stops = useMemo(() => changeStops(items), [items]);
  const expanded = useMemo(() => new Set(options.expanded), [options.expanded]);

  // The list registers how to scroll to a row; navigation calls it.
  const scrollToRef = useRef<(index: number) => void>(() => undefined);
  const scrollTo = useCallback((index: number) => scrollToRef.current(index), []);
  const nav = useChangeNavigation(stops, scrollTo);

  const onToggleExpanded = useCallback(
    (name: string, on: boolean) =>
      onOptionsChange((o) => ({ ...o, expanded: toggled(o.expanded, name, on) })),
    [onOptionsChange],
  );

  const renderItem = (item: DiffItem) =>
    item.kind === 'component' ? (
      <DiffComponentRow
        component={item.component}
        view={view}
        expanded={expanded.has(item.component.name)}
        onToggleExpanded={onToggleExpanded}
        revealed={revealed}
        selection={selection}
      />
    ) : (
      <Stack
        direction="row"
        sx={{
          alignItems: 'center',
          gap: 1,
          px: 1.5,
          py: 1,
          flexWrap: 'wrap',
          bgcolor: 'action.hover',
        }}
      >
        <Typography variant="body2">
          {item.count} unchanged {item.count === 1 ? 'component' : 'components'}
          {item.shown ? ' (listed above)' : ' collapsed'}
        </Typography>
        <Button
          size="small"
          aria-expanded={item.shown}
          onClick={() => onOptionsChange((o) => ({ ...o, showUnchanged: !item.shown }))}
        >
          {item.shown ? 'Hide unchanged components' : 'Show unchanged components'}
        </Button>
      </Stack>
    );

  return (
    <Stack spacing={1.5} sx={{ minWidth: 0 }}>
      <DiffSummaryFilter
        summary={shown.summary}
        options={options}
        onOptionsChange={onOptionsChange}
      />
      <DiffToolbar
        options={options}
        onOptionsChange={onOptionsChange}
        narrow={narrow}
        revealed={revealOn}
        onRevealedChange={setRevealOn}
        hasSecrets={canReveal && secrets.revealable}
        onPrevious={nav.previous}
        onNext={nav.next}
        changeCount={stops.length}
        exportButton={<DiffExport diff={shown} title={title} revealSecrets={revealed} />}
      />
      <RevealStatus
        pending={revealOn && secrets.pending}
        error={secrets.error}
        onRetry={secrets.retry}
      />
      <Box
        role="status"
        aria-live="polite"
        sx={nav.announcement ? { typography: 'body2' } : visuallyHidden}
      >
        {nav.announcement}
      </Box>
      {refreshing && (
        <Typography variant="body2" color="textSecondary">
          Updating the differences…
        </Typography>
      )}
      {items.length === 0 ? (
        <Alert severity="info">
          {options.filter.length > 0
            ? 'No component matches this filter.'
            : 'The two versions have no components.'}
        </Alert>
      ) : (
        <DiffList
          items={items}
          scrollToRef={scrollToRef}
          renderItem={renderItem}
          onFocusItem={(item) => {
            if (item.kind === 'component' && item.component.change !== 'unchanged') {
              nav.setCurrent(item.key);
            }
          }}
        />
      )}
    </Stack>
  );
}
