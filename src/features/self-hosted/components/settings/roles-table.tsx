import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AppRole } from '@/contract/self-hosted-tenants';
import { ScrollTable } from '@/components/layout/scroll-table';

export function RolesTable({ version, roles }: { version: string; roles: AppRole[] }) {
  return (
    <ScrollTable label={`Roles of version ${version}`}>
      <TableHead>
        <TableRow>
          <TableCell>Role</TableCell>
          <TableCell>Description</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {roles.map((role) => (
          <TableRow key={role.name}>
            <TableCell
              component="th"
              scope="row"
              sx={{ fontFamily: 'monospace', fontSize: 13, overflowWrap: 'anywhere' }}
            >
              {role.name}
            </TableCell>
            <TableCell sx={{ minWidth: '12rem' }}>{role.description}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
