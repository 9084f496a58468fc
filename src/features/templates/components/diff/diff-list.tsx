import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { afterNextPaint } from '@/lib/after-content';
import type { DiffItem } from './diff-items';

interface Props {
  items: readonly DiffItem[];
  renderItem: (item: DiffItem) => ReactNode;
  /** Set to a function scrolling row `index` to the top of the list. */
  scrollToRef: RefObject<(index: number) => void>;
  onFocusItem: (item: DiffItem) => void;
}

const ESTIMATE = { component: 180, group: 56 };
/**
 * Rows drawn beyond the panel's edges, once it has painted; before, one: a changed component is
 * a table of its fields, and the three more rows held back the first paint of a large template's
 * diff (~50 ms of rendering and layout at 4x CPU) for rows out of view.
 */
const OVERSCAN = { first: 1, then: 4 };

/*
 * What changes with the content or the scroll position (heights, each row's offset) is set
 * inline, not through sx: every new value would be a new emotion class, serialised and inserted
 * while the list measures its rows, and each insertion restyles the whole page.
 */
const panelSx = { maxHeight: { xs: '75vh', md: '70vh' }, overflow: 'auto' };
const innerSx = { position: 'relative', width: '100%' };
const rowSx = { position: 'absolute', top: 0, left: 0, width: '100%' };

/** The components, virtualised: only the rows in view (and a few more) are in the page. */
export function DiffList({ items, renderItem, scrollToRef, onFocusItem }: Props) {
  'use no memo'; // useVirtualizer's functions change identity on every scroll.
  const scrollRef = useRef<HTMLDivElement>(null);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    afterNextPaint(() => setPainted(true));
  }, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- opted out of memoizing above
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (items[i]?.kind === 'component' ? ESTIMATE.component : ESTIMATE.group),
    getItemKey: (i) => items[i]?.key ?? i,
    overscan: painted ? OVERSCAN.then : OVERSCAN.first,
    // The panel's size before it is measured (at most 70% of the window's height): the first
    // render already holds the rows in view, not only the overscan's.
    initialRect: { width: window.innerWidth, height: Math.round(window.innerHeight * 0.7) },
  });
  useEffect(() => {
    scrollToRef.current = (index) => virtualizer.scrollToIndex(index, { align: 'start' });
  }, [scrollToRef, virtualizer]);
  const total = virtualizer.getTotalSize();

  return (
    <Paper
      variant="outlined"
      ref={scrollRef}
      role="region"
      aria-label="Components"
      tabIndex={0}
      sx={panelSx}
      style={{ height: total }}
    >
      <Box sx={innerSx} style={{ height: total }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index];
          if (!item) return null;
          return (
            <Box
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              onFocusCapture={() => onFocusItem(item)}
              sx={rowSx}
              style={{ transform: `translateY(${String(v.start)}px)` }}
            >
              {renderItem(item)}
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
