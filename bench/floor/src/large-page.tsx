import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { RowCells, RowsHead } from './columns';
import { Loading } from './loading';
import { useRows, type Row } from './rows';
import { SearchBar, useRowSearch } from './search';

/** A small MUI row: 6px padding above and below a 20px line, and a 1px border. */
const ROW_HEIGHT = 33;

export function LargePage() {
  const { data, error } = useRows(10_000);
  if (error) return <Typography color="error">{error.message}</Typography>;
  if (!data) return <Loading />;
  return <LargeTable rows={data} />;
}

/** Empty space standing in for the rows above or below the visible ones. */
function Spacer({ height }: { height: number }) {
  return (
    <TableRow aria-hidden>
      <TableCell colSpan={5} sx={{ height, p: 0, border: 0 }} />
    </TableRow>
  );
}

function LargeTable({ rows }: { rows: Row[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { field, matching } = useRowSearch(rows);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in the floor
  const virtualizer = useVirtualizer({
    count: matching.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <>
      <SearchBar field={field} count={matching.length} />
      <TableContainer component={Paper} ref={scrollRef} sx={{ height: 'calc(100dvh - 152px)' }}>
        <Table size="small" stickyHeader>
          <RowsHead />
          <TableBody>
            {above > 0 && <Spacer height={above} />}
            {items.map((item) => {
              const row = matching[item.index];
              return (
                row && (
                  <TableRow key={row.name} sx={{ height: ROW_HEIGHT }}>
                    <RowCells row={row} />
                  </TableRow>
                )
              );
            })}
            {below > 0 && <Spacer height={below} />}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
