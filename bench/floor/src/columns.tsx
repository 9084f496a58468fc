import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Row } from './rows';

const COLUMNS = ['Name', 'Project', 'Version', 'Status', 'Updated'];
const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

export function RowsHead() {
  return (
    <TableHead>
      <TableRow>
        {COLUMNS.map((column) => (
          <TableCell key={column}>{column}</TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}

/** The five cells of one row, for a `TableRow` the caller owns. */
export function RowCells({ row }: { row: Row }) {
  return (
    <>
      <TableCell>{row.name}</TableCell>
      <TableCell>{row.project}</TableCell>
      <TableCell>{row.version}</TableCell>
      <TableCell>{row.status}</TableCell>
      <TableCell>{dates.format(new Date(row.updated))}</TableCell>
    </>
  );
}
