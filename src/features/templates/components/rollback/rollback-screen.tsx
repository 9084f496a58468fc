import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { BackLink } from '@/components/layout/back-link';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/problem';
import { useInstalledApplication } from '../../api/get-installed-application';
import { useUpgradeRecord } from '../../api/get-template-upgrade-record';
import { RollbackPage } from './rollback-page';

interface Props {
  applicationId: string;
  upgradeId: string;
}

/** Rollback of an upgrade: loads its record and the application, then the page. */
export function RollbackScreen({ applicationId, upgradeId }: Props) {
  const record = useUpgradeRecord(applicationId, upgradeId);
  const app = useInstalledApplication(applicationId);
  // An unknown application or upgrade is the route's "Page not found", whenever it is learned.
  for (const error of [record.error, app.error]) {
    if (isApiError(error) && error.status === 404) throw error;
  }
  const failed = record.isError ? record : app.isError ? app : null;

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.installed.record.href(applicationId, upgradeId)}>
        Back to the upgrade record
      </BackLink>
      {record.data && app.data ? (
        <RollbackPage app={app.data} record={record.data} />
      ) : failed ? (
        <>
          <Typography variant="h1">Roll back an upgrade</Typography>
          <PanelError
            error={failed.error}
            title="This upgrade could not be loaded"
            onRetry={() => void failed.refetch()}
            retrying={failed.isFetching}
          />
        </>
      ) : (
        <PageSkeleton label="Loading the upgrade…" />
      )}
    </Stack>
  );
}
