import { memo } from 'react';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ApplicationSummary } from '@/contract/applications';
import { visuallyHidden } from '@/components/feedback/visually-hidden';
import { ApplicationNameLink } from './application-name-link';
import { cellSx } from './columns';
import { absoluteTime, relativeTime } from '@/lib/format';
import { deployedViaLabels } from './labels';
import { RowActions, type RowPermissions } from './row-actions';
import { StatusChip } from './status-chip';

/**
 * Memoised on the row object: TanStack Query keeps unchanged rows referentially equal across
 * refetches, so a background refresh re-renders only the rows that changed.
 */
export const ApplicationRow = memo(function ApplicationRow({
  app,
  actionSearch,
  allowed,
}: {
  app: ApplicationSummary;
  /** The list's query string, kept in action URLs; undefined when no action is allowed. */
  actionSearch?: string;
  /** The row actions this person may use (one object for every row, so memo holds). */
  allowed: RowPermissions;
}) {
  return (
    <TableRow hover>
      <TableCell
        component="th"
        scope="row"
        sx={cellSx.name}
        data-versions={`Project v${app.projectVersion} · App v${app.applicationVersion}`}
      >
        <ApplicationNameLink id={app.id} name={app.name} />
      </TableCell>
      <TableCell sx={cellSx.project}>{app.project.name}</TableCell>
      <TableCell sx={cellSx.projectVersion}>{app.projectVersion}</TableCell>
      <TableCell sx={cellSx.applicationVersion}>{app.applicationVersion}</TableCell>
      <TableCell sx={cellSx.status}>
        <StatusChip status={app.status} />
      </TableCell>
      <TableCell sx={cellSx.deployedVia}>{deployedViaLabels[app.deployedVia]}</TableCell>
      <TableCell sx={cellSx.upgradeAvailable}>
        {app.upgradeAvailable ? (
          <Box component="span" sx={{ color: 'primary.main', fontWeight: 500 }}>
            Yes → v{app.latestProjectVersion}
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
      <TableCell sx={cellSx.updatedAt}>
        <time dateTime={app.updatedAt} title={absoluteTime(app.updatedAt)}>
          {relativeTime(app.updatedAt)}
        </time>
      </TableCell>
      {actionSearch !== undefined ? (
        <TableCell align="right" sx={{ py: 0 }}>
          <RowActions app={app} search={actionSearch} allowed={allowed} />
        </TableCell>
      ) : null}
    </TableRow>
  );
});
