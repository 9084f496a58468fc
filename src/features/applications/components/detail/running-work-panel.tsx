import Stack from '@mui/material/Stack';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ApplicationDetail } from '@/contract/application-detail';
import { formatCount } from '@/lib/format';
import { ScrollTable } from '@/components/layout/scroll-table';
import { SectionCard } from '@/components/layout/section-card';

export function RunningWorkPanel({ app }: { app: ApplicationDetail }) {
  const rows = [...app.runningWork].sort((a, b) => b.applicationVersion - a.applicationVersion);
  return (
    <SectionCard title="Running work">
      <Typography>
        Work running on earlier versions finishes there; new work starts on application version{' '}
        {app.applicationVersion}.
      </Typography>
      {rows.length === 0 ? (
        <Typography color="textSecondary">No process or task instances are running.</Typography>
      ) : (
        <Stack>
          <ScrollTable label="Running work by application version">
            <TableHead>
              <TableRow>
                <TableCell>Application version</TableCell>
                <TableCell align="right">Process instances</TableCell>
                <TableCell align="right">Task instances</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((work) => (
                <TableRow key={work.applicationVersion}>
                  <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                    {work.applicationVersion}
                    {work.applicationVersion === app.applicationVersion ? ' (current)' : ''}
                  </TableCell>
                  <TableCell align="right">{formatCount(work.processInstances)}</TableCell>
                  <TableCell align="right">{formatCount(work.taskInstances)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        </Stack>
      )}
    </SectionCard>
  );
}
