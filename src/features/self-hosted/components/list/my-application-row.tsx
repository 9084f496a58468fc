import { memo } from 'react';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { SelfHostedApplication } from '@/contract/self-hosted';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { absoluteTime, formatCount, relativeTime } from '@/lib/format';
import { AppState } from './app-state';
import { cellSx, narrowOnlySx } from './columns';
import { NameLink } from './name-link';

/**
 * Memoised on the row object: TanStack Query keeps unchanged rows referentially equal across
 * refetches, so a background refresh re-renders only the rows that changed.
 */
export const MyApplicationRow = memo(function MyApplicationRow({
  app,
}: {
  app: SelfHostedApplication;
}) {
  return (
    <TableRow hover>
      <TableCell component="th" scope="row" sx={cellSx.name}>
        <NameLink id={app.id} name={app.name} />
        {/* On a phone the Status column is hidden: its lines come under the name instead. */}
        <Box component="span" sx={{ ...narrowOnlySx, mt: 0.5, fontSize: 13 }}>
          <AppState app={app} quiet />
        </Box>
      </TableCell>
      <TableCell sx={cellSx.activeVersion}>{app.activeVersion}</TableCell>
      <TableCell sx={cellSx.newestVersion}>{app.newestVersion}</TableCell>
      <TableCell sx={cellSx.updateAvailable}>
        {app.updateAvailable ? (
          <Box component="span" sx={{ color: 'primary.main', fontWeight: 500 }}>
            Yes → {app.newestVersion}
          </Box>
        ) : (
          <>
            <Box component="span" aria-hidden="true" sx={{ color: 'text.secondary' }}>
              —
            </Box>
            <Box component="span" sx={visuallyHidden}>
              No
            </Box>
          </>
        )}
      </TableCell>
      <TableCell sx={cellSx.state}>
        <AppState app={app} />
      </TableCell>
      <TableCell sx={cellSx.tenants}>{formatCount(app.tenantCount)}</TableCell>
      <TableCell sx={cellSx.updatedAt}>
        <time dateTime={app.updatedAt} title={absoluteTime(app.updatedAt)}>
          {relativeTime(app.updatedAt)}
        </time>
      </TableCell>
    </TableRow>
  );
});
