import Typography from '@mui/material/Typography';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { PanelError } from '@/components/feedback/panel-error';
import { TableSkeleton } from '@/components/feedback/skeletons';
import { SectionCard } from '@/components/layout/section-card';
import { useSelfHostedSettings } from '../../api/get-self-hosted-settings';
import { RolesTable } from './roles-table';

/** A version that is registered or being switched to, whose roles are not shown yet. */
function waitingVersion(app: SelfHostedApplicationDetail): string | undefined {
  return app.switch?.to ?? app.registration?.version;
}

/**
 * The active version's role descriptions, as the server answers them. A new version's
 * descriptions appear only after its switch succeeded (the page re-reads them then).
 */
export function SettingsPanel({ app }: { app: SelfHostedApplicationDetail }) {
  const settings = useSelfHostedSettings(app.id);

  if (settings.isError && !settings.data) {
    return (
      <PanelError
        error={settings.error}
        title="Settings could not be loaded"
        onRetry={() => void settings.refetch()}
        retrying={settings.isFetching}
      />
    );
  }
  if (!settings.data) return <TableSkeleton rows={3} columns={2} label="Loading settings…" />;

  const { version, roles } = settings.data;
  const waiting = waitingVersion(app);
  return (
    <SectionCard
      title="Roles"
      subtitle={`Role descriptions of version ${version}, the active version`}
    >
      {waiting && waiting !== version ? (
        <Typography color="textSecondary">
          {waiting}’s role descriptions show here once a switch to it has succeeded.
        </Typography>
      ) : null}
      {roles.length === 0 ? (
        <Typography color="textSecondary">Version {version} defines no roles.</Typography>
      ) : (
        <RolesTable version={version} roles={roles} />
      )}
    </SectionCard>
  );
}
