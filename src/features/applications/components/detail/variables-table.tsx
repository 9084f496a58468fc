import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Variables } from '@/contract/application-detail';
import { isSecretKey } from '@/lib/secrets';
import { ScrollTable } from '@/components/layout/scroll-table';
import { SecretValue, type SecretOwner } from './secret-value';

const mono = { fontFamily: 'monospace', fontSize: '0.8125rem' };

/** Environment variables of a service or connector; secret values come masked from the API. */
export function VariablesTable({ owner, variables }: { owner: SecretOwner; variables: Variables }) {
  const entries = Object.entries(variables);
  if (entries.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No variables.
      </Typography>
    );
  }
  return (
    <ScrollTable label={`Variables of ${owner.name}`}>
      <TableHead>
        <TableRow>
          <TableCell>Variable</TableCell>
          <TableCell>Value</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map(([key, value]) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row" sx={{ ...mono, whiteSpace: 'nowrap' }}>
              {key}
            </TableCell>
            <TableCell sx={{ ...mono, minWidth: 160, overflowWrap: 'anywhere' }}>
              {isSecretKey(key) ? <SecretValue name={key} owner={owner} /> : value}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
