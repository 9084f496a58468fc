import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { useSignedInUser } from '@/components/layout/current-user-context';
import { paths, upgradeSteps, type UpgradeStep } from '@/config/paths';
import { useApplication } from '../api/get-application';
import { useApplicationAccess } from '../api/get-application-access';
import { useDirectorySearch } from '../components/access/directory-search';
import { useUpgradeDraft } from './use-upgrade-draft';
import { WizardContext, type WizardContextValue } from './wizard-context';
import { WizardStepper } from './wizard-stepper';

const stepOf = (pathname: string): UpgradeStep =>
  upgradeSteps.find((s) => pathname.endsWith(`/${s}`)) ?? 'version';

/** Loads what the wizard needs, restores or starts the draft, and frames the current step. */
export function UpgradeWizard({
  applicationId,
  children,
}: {
  applicationId: string;
  children: ReactNode;
}) {
  const application = useApplication(applicationId);
  const access = useApplicationAccess(applicationId);
  const users = useDirectorySearch('users', '');
  const groups = useDirectorySearch('groups', '');
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const step = stepOf(pathname);
  const userId = useSignedInUser().user?.id;
  const { draft, change, record, discard } = useUpgradeDraft(userId, applicationId, {
    app: application.data,
    access: access.data,
    users: users.data?.items,
    groups: groups.data?.items,
  });
  const app = application.data;

  const value = useMemo<WizardContextValue | null>(
    () =>
      app && draft
        ? {
            app,
            draft,
            change,
            record,
            discard,
            goTo: (to, query = '') => {
              record({ step: to });
              void navigate(paths.applications.upgrade.href(applicationId, to, query));
            },
          }
        : null,
    [app, draft, change, record, discard, navigate, applicationId],
  );

  const failed = [application, access, users, groups].find((q) => q.isError);
  // A deep link past the version step with no version picked starts at the beginning.
  const needsVersion = step !== 'version' && step !== 'progress' && draft?.projectVersion === null;
  if (needsVersion) return <Navigate to={paths.applications.upgrade.href(applicationId)} replace />;

  return (
    <Stack spacing={3} sx={{ maxWidth: 960, mx: 'auto', width: '100%' }}>
      <Typography variant="h1">{app ? `Upgrade ${app.name}` : 'Upgrade application'}</Typography>
      {app && (
        <Typography color="textSecondary">
          {`Application name: ${app.name} (an upgrade cannot rename it). Deployed: project version ${String(app.projectVersion)}, application version ${String(app.applicationVersion)}.`}
        </Typography>
      )}
      <WizardStepper step={step} />
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        {failed?.error ? (
          <PanelError error={failed.error} onRetry={() => void failed.refetch()} />
        ) : value ? (
          <WizardContext value={value}>{children}</WizardContext>
        ) : (
          <Stack spacing={1} aria-busy="true" aria-label="Loading the upgrade">
            <Skeleton variant="text" width="40%" />
            <Skeleton variant="rectangular" height={120} />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
