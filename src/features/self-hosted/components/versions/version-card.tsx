import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AppVersion, SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { relativeTime } from '@/lib/format';
import { VersionActions } from './version-actions';
import { VersionStatusChip } from './version-status-chip';
import { calendarDate, credentialsText, relationText, statusNote } from './version-text';
import { VersionWork } from './version-work';
import { versionHeadingId } from './versions-outlet';

interface Props {
  app: SelfHostedApplicationDetail;
  version: AppVersion;
}

/** One version: what it is, where it stands, its live work and the actions that fit it. */
export function VersionCard({ app, version }: Props) {
  const active = version.status === 'active';
  const note = statusNote(version, app);
  const facts = [
    relationText(version, app.activeVersion),
    `Released ${calendarDate(version.releasedAt)}`,
    credentialsText(version),
  ];
  return (
    <Paper
      component="li"
      variant="outlined"
      aria-labelledby={versionHeadingId(version.version)}
      sx={{
        listStyle: 'none',
        p: { xs: 1.5, sm: 2 },
        borderColor: active ? 'success.main' : undefined,
        borderWidth: active ? 2 : 1,
      }}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 1.5, md: 2 }}>
        <Stack spacing={0.75} sx={{ flex: 1, minWidth: 0 }}>
          <Stack
            direction="row"
            spacing={1.5}
            sx={{ alignItems: 'center', flexWrap: 'wrap' }}
            useFlexGap
          >
            <Typography
              component="h3"
              variant="h3"
              id={versionHeadingId(version.version)}
              tabIndex={-1}
              sx={{
                fontVariantNumeric: 'tabular-nums',
                '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
              }}
            >
              {version.version}
            </Typography>
            <VersionStatusChip status={version.status} />
          </Stack>
          <Typography variant="body2" color="textSecondary">
            {facts.join(' · ')}
          </Typography>
          <Typography variant="body2">{version.releaseNotes}</Typography>
          {version.status === 'failed' && version.failure && (
            // Part of the row, not news: no live announcement each time the tab opens.
            <Alert severity="error" variant="outlined" role="note" sx={{ py: 0 }}>
              <AlertTitle sx={{ mb: 0 }}>
                {`${version.failure.title} (${relativeTime(version.failure.at)})`}
              </AlertTitle>
              {version.failure.detail}
            </Alert>
          )}
          {note && (
            <Typography
              variant="body2"
              sx={{
                color: active ? 'success.main' : 'text.primary',
                fontWeight: active ? 500 : 400,
              }}
            >
              {note}
            </Typography>
          )}
        </Stack>
        <Box sx={{ flexShrink: 0, maxWidth: { md: 420 } }}>
          <VersionActions applicationId={app.id} version={version} />
        </Box>
      </Stack>
      {version.operationId && (
        <Box sx={{ mt: 1.5 }}>
          <VersionWork
            operationId={version.operationId}
            label={
              version.status === 'registering'
                ? `Registering ${version.version}`
                : `Switching to ${version.version}`
            }
          />
        </Box>
      )}
    </Paper>
  );
}
