import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { DataTable } from '../detail/data-table';
import { SectionCard } from '@/components/layout/section-card';
import type { ServerDetail } from '@/contract/servers';
import { absoluteTime, relativeTime } from '@/lib/format';
import { CopyableHash } from '../runbook/hash-text';
import { RunCheck } from './run-check';
import { ServiceStatusLabel } from './service-status-label';

function LastCheck({ at }: { at: string | null }) {
  if (at === null) return <>Statuses: never checked.</>;
  return (
    <>
      Statuses from the last check,{' '}
      <time dateTime={at} title={absoluteTime(at)}>
        {absoluteTime(at)} ({relativeTime(at)})
      </time>
      .
    </>
  );
}

/** Each service's image, tag and hash as `version` prints them, and its status from `check`. */
export function ServicesSection({ server }: { server: ServerDetail }) {
  return (
    <SectionCard title="Services" subtitle={<LastCheck at={server.lastCheckAt} />}>
      <RunCheck serverId={server.id} project={server.project} />
      <DataTable label={`Services of ${server.name}`} head={['Service', 'Tag', 'Hash', 'Status']}>
        {server.services.map((s) => (
          <TableRow key={s.service}>
            <TableCell component="th" scope="row" sx={{ minWidth: 120 }}>
              <Box sx={{ fontWeight: 600 }}>{s.service}</Box>
              <Typography
                variant="caption"
                color="textSecondary"
                sx={{ display: 'block', overflowWrap: 'anywhere' }}
              >
                {s.image}
              </Typography>
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.tag}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <CopyableHash hash={s.hash} of={s.service} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <ServiceStatusLabel status={s.status} />
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
    </SectionCard>
  );
}
