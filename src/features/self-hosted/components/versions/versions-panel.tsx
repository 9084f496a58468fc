import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { PermissionDenied, usePermission } from '@/components/layout/require-permission';
import { newestFirst } from '../../version-order';
import { OperationFollower, useFollowedOperations } from './follow-version-work';
import { FailedSwitchNotice } from './failed-switch-notice';
import { useWorkOutcomes } from './use-work-outcomes';
import { VersionCard } from './version-card';

/** The Versions tab: every version, newest first, exactly one of them active. */
export function VersionsPanel({ app }: { app: SelfHostedApplicationDetail }) {
  const allowed = usePermission('app-versions:switch');
  const followed = useFollowedOperations(app);
  const { failed, dismissFailed, onFinished } = useWorkOutcomes(app);
  const versions = newestFirst(app.versions);

  return (
    <Stack component="section" aria-labelledby="versions-title" spacing={2}>
      <div>
        <Typography component="h2" variant="h3" id="versions-title">
          Versions
        </Typography>
        <Typography variant="body2" color="textSecondary" sx={{ mt: 0.5, maxWidth: 760 }}>
          {allowed
            ? `Only one version is active at a time. Register a newer or an earlier version to test it beside ${app.activeVersion}, then confirm the switch: ${app.activeVersion} keeps serving until the switch completes.`
            : `Only one version is active at a time; ${app.activeVersion} is active now.`}
          {!allowed && (
            <PermissionDenied unknown={null}>
              {' Switching versions needs the Administrator or Operator role.'}
            </PermissionDenied>
          )}
        </Typography>
      </div>
      {failed && <FailedSwitchNotice app={app} failed={failed} onDismiss={dismissFailed} />}
      <Box
        component="ul"
        aria-label={`Versions of ${app.name}`}
        sx={{ m: 0, p: 0, display: 'grid', gap: 1.5 }}
      >
        {versions.map((version) => (
          <VersionCard key={version.version} app={app} version={version} />
        ))}
      </Box>
      {followed.map((id) => (
        <OperationFollower key={id} operationId={id} onFinished={onFinished} />
      ))}
    </Stack>
  );
}
