import { memo, useCallback, useId } from 'react';
import Box from '@mui/material/Box';
import { formatCount } from '@/lib/format';
import { PAGE_SIZES } from '@/lib/list-params';
import { useLatest } from '@/lib/use-latest';
import { PageButtons, type PageAction } from './page-buttons';
import { PageSizeSelect } from './page-size-select';

interface ListPaginationProps {
  total: number;
  page: number;
  pageSize: number;
  pageSizes?: readonly number[];
  /** "Rows per page:" unless said otherwise. */
  pageSizeLabel?: string;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
  /** No side padding, under a list that has no frame of its own. */
  flush?: boolean;
}

/** A `<p>` as TablePagination draws its texts: body2 with the browser's margins. */
const textSx = { typography: 'body2', flexShrink: 0 } as const;

const toolbarSx = (flush: boolean | undefined) => ({
  position: 'relative',
  display: 'flex',
  alignItems: 'center',
  minHeight: 52,
  pl: flush ? 0 : { xs: 2, sm: 3 },
  pr: flush ? 0 : '2px',
  // On a phone the controls wrap, to the right, instead of running off the edge.
  flexWrap: 'wrap',
  justifyContent: 'flex-end',
  rowGap: 0.5,
});

/**
 * "Rows per page: 25 · Page 2 of 401" with first, previous, next and last buttons: MUI's
 * TablePagination as the lists set it up, put together from parts that each re-render only for
 * what they show. A search changes the page count: only the text and, at an end, the buttons
 * follow; the page-size menu (a Select with Menu and Modal) does not.
 */
export const ListPagination = memo(function ListPagination(props: ListPaginationProps) {
  const { total, page, pageSize, pageSizes = PAGE_SIZES, onPageChange } = props;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pageCount);
  const labelId = useId();

  // The buttons' handler stays the same; it reads the page it moves from when clicked.
  const latest = useLatest({ current, pageCount, onPageChange });
  const onAction = useCallback(
    (action: PageAction) => {
      const { current: at, pageCount: count, onPageChange: go } = latest.current;
      const targets = { first: 1, previous: at - 1, next: at + 1, last: count };
      go(targets[action]);
    },
    [latest],
  );

  return (
    <Box sx={{ overflow: 'auto', color: 'text.primary', fontSize: '0.875rem' }}>
      <Box sx={toolbarSx(props.flush)}>
        {pageSizes.length > 1 ? (
          <>
            <Box component="p" id={labelId} sx={textSx}>
              {props.pageSizeLabel ?? 'Rows per page:'}
            </Box>
            <PageSizeSelect
              labelId={labelId}
              value={pageSize}
              options={pageSizes}
              onChange={props.onPageSizeChange}
            />
          </>
        ) : null}
        <Box component="p" sx={textSx}>
          {`Page ${formatCount(current)} of ${formatCount(pageCount)}`}
        </Box>
        <PageButtons first={current <= 1} last={current >= pageCount} onAction={onAction} />
      </Box>
    </Box>
  );
});
