import ChangeCircleOutlinedIcon from '@mui/icons-material/ChangeCircleOutlined';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { NoValue } from '@/components/list/cells';
import { SectionCard } from '@/components/layout/section-card';
import type { ServerUpgrade, ServiceHash } from '@/contract/server-upgrades';
import { DataTable } from '../detail/data-table';
import { CopyableHash } from '../runbook/hash-text';
import { IconLabel } from '../detail/icon-label';

const changedLook = { icon: <ChangeCircleOutlinedIcon fontSize="inherit" />, color: 'info.main' };

function Hash({ entry, of }: { entry: ServiceHash | undefined; of: string }) {
  if (!entry) return <NoValue text="None" />;
  return (
    <>
      <CopyableHash hash={entry.hash} of={of} />
      <Typography component="span" variant="body2" color="textSecondary">
        {' '}
        {entry.tag}
      </Typography>
    </>
  );
}

function changeText(before: ServiceHash | undefined, after: ServiceHash | undefined) {
  if (!after) return 'Not printed yet';
  if (!before) return 'New service';
  return before.hash === after.hash ? 'Unchanged' : 'Changed';
}

/** Each service's image hash before the upgrade and as `version` printed it after. */
export function HashComparison({ upgrade }: { upgrade: ServerUpgrade }) {
  const services = [
    ...new Set([...upgrade.hashesBefore, ...upgrade.hashesAfter].map((h) => h.service)),
  ];
  return (
    <SectionCard
      title="Image hashes"
      subtitle={
        upgrade.hashesAfter.length === 0
          ? 'The hashes after show once version has run.'
          : 'Before the upgrade, and as version printed them after.'
      }
    >
      {services.length === 0 ? (
        <Typography>No images before, none printed yet.</Typography>
      ) : (
        <DataTable
          label="Image hashes before and after"
          head={['Service', 'Before', 'After', 'Change']}
        >
          {services.map((service) => {
            const before = upgrade.hashesBefore.find((h) => h.service === service);
            const after = upgrade.hashesAfter.find((h) => h.service === service);
            const change = changeText(before, after);
            return (
              <TableRow key={service}>
                <TableCell component="th" scope="row">
                  {service}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Hash entry={before} of={`${service} before`} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Hash entry={after} of={`${service} after`} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {change === 'Changed' || change === 'New service' ? (
                    <IconLabel look={changedLook}>{change}</IconLabel>
                  ) : (
                    change
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </DataTable>
      )}
    </SectionCard>
  );
}
