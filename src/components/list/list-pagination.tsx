import TablePagination from '@mui/material/TablePagination';
import { formatCount } from '@/lib/format';
import { PAGE_SIZES } from '@/lib/list-params';

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
 * mounted across a change of page.
 */
export function ListPagination(props: ListPaginationProps) {
  const { total, page, pageSize, pageSizes = PAGE_SIZES } = props;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, pageCount);

  return (
    <TablePagination
      component="div"
      count={total}
      page={current - 1}
      rowsPerPage={pageSize}
      rowsPerPageOptions={pageSizes}
      onPageChange={(_event, p) => props.onPageChange(p + 1)}
      onRowsPerPageChange={(event) => props.onPageSizeChange(Number(event.target.value))}
      labelRowsPerPage={props.pageSizeLabel ?? 'Rows per page:'}
      labelDisplayedRows={({ page: p }) =>
        `Page ${formatCount(p + 1)} of ${formatCount(pageCount)}`
      }
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
}
