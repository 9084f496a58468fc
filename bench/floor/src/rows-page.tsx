import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { RowCells, RowsHead } from './columns';
import { Loading } from './loading';
import { useRows, type Row } from './rows';
import { SearchBar, useRowSearch } from './search';

export function RowsPage() {
  const { data, error } = useRows(50);
  if (error) return <Typography color="error">{error.message}</Typography>;
  if (!data) return <Loading />;
  return <RowsTable rows={data} />;
}

function RowsTable({ rows }: { rows: Row[] }) {
  const { field, matching } = useRowSearch(rows);
  return (
    <>
      <SearchBar field={field} count={matching.length} />
      <TableContainer component={Paper}>
        <Table size="small">
          <RowsHead />
          <TableBody>
            {matching.map((row) => (
              <TableRow key={row.name}>
                <RowCells row={row} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
