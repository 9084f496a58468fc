import { memo } from 'react';
import { formatCount } from '@/lib/format';
import { PAGE_SIZES } from '@/lib/list-params';
import { PagerPlaceholder } from './pager-placeholder';
import { useSelectParts } from './use-select-parts';

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

/**
 * "Page 2 of 401" with first, previous, next and last buttons. A button the new page disables
 * (Next on the last page) hands focus to its neighbour (MUI does it), so the pager must stay
 * mounted across a change of page. Until MUI's pager has loaded, a look-alike holds its place.
 */
export const ListPagination = memo(function ListPagination(props: ListPaginationProps) {
  const { total, page, pageSize, pageSizes = PAGE_SIZES } = props;
  const parts = useSelectParts();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pageCount);
  const pageSizeLabel = props.pageSizeLabel ?? 'Rows per page:';
  const pageText = (p: number) => `Page ${formatCount(p)} of ${formatCount(pageCount)}`;

  if (!parts) {
    return (
      <PagerPlaceholder
        pageSizeLabel={pageSizes.length > 1 ? pageSizeLabel : undefined}
        pageSize={pageSize}
        pageText={pageText(current)}
        first={current <= 1}
        last={current >= pageCount}
        flush={props.flush}
      />
    );
  }
  const { TablePagination } = parts;
  return (
    <TablePagination
      component="div"
      count={total}
      page={current - 1}
      rowsPerPage={pageSize}
      rowsPerPageOptions={pageSizes}
      onPageChange={(_event, p) => props.onPageChange(p + 1)}
      onRowsPerPageChange={(event) => props.onPageSizeChange(Number(event.target.value))}
      labelRowsPerPage={pageSizeLabel}
      labelDisplayedRows={({ page: p }) => pageText(p + 1)}
      showFirstButton
      showLastButton
      sx={{
        // On a phone the controls wrap, to the right, instead of running off the edge.
        '& .MuiTablePagination-toolbar': {
          flexWrap: 'wrap',
          justifyContent: 'flex-end',
          rowGap: 0.5,
          ...(props.flush ? { px: 0 } : {}),
        },
        '& .MuiTablePagination-spacer': { display: 'none' },
      }}
    />
  );
});
