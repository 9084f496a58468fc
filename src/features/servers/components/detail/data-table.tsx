import type { ReactNode } from 'react';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { ScrollTable } from '@/components/layout/scroll-table';

/** A named table under its column headers; it scrolls in its own box on a phone. */
export function DataTable({
  label,
  head,
  children,
}: {
  label: string;
  head: readonly string[];
  /** The body's rows. */
  children: ReactNode;
}) {
  return (
    <ScrollTable label={label}>
      <TableHead>
        <TableRow>
          {head.map((column) => (
            <TableCell key={column}>{column}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      {/* Holds what is visually hidden in the cells (whole hashes), so it scrolls with them. */}
      <TableBody sx={{ position: 'relative' }}>{children}</TableBody>
    </ScrollTable>
  );
}
