import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { BackLink } from '@/components/layout/back-link';
import type { InstalledApplicationDetail } from '@/contract/template-upgrades';
import { paths } from '@/config/paths';
import { listSearchOf } from '@/lib/list-return';
import { isApiError } from '@/lib/problem';
import { useInstalledApplication } from '../../api/get-installed-application';
import { UpgradeRecords } from '../records/upgrade-records';
import { CurrentUpgrade } from './current-upgrade';
import { CurrentVersion } from './current-version';
import { UpgradeTargets } from './upgrade-targets';

/** Upgrade management: current version, versions it can go to, the running upgrade, records. */
export function InstalledDetailScreen({ installedId }: { installedId: string }) {
  const query = useInstalledApplication(installedId);
  const location = useLocation();
  if (isApiError(query.error) && query.error.status === 404) throw query.error;
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.installed.list.href(listSearchOf(location.state))}>
        Back to Installed applications
      </BackLink>
      {query.data ? (
        <Loaded app={query.data} />
      ) : query.isError ? (
        <>
          <Typography variant="h1">Installed application</Typography>
          <PanelError
            error={query.error}
            title="This application could not be loaded"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        </>
      ) : (
        <PageSkeleton label="Loading application…" />
      )}
    </Stack>
  );
}

function Loaded({ app }: { app: InstalledApplicationDetail }) {
  return (
    <>
      <div>
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {app.name}
        </Typography>
        <Typography color="textSecondary" sx={{ mt: 0.5 }}>
          Upgrade management · installed from{' '}
          <Link component={RouterLink} to={paths.templates.detail.href(app.template.id)}>
            {app.template.name}
          </Link>
        </Typography>
      </div>
      <CurrentUpgrade app={app} />
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: 'stretch', '& > *': { flex: 1, minWidth: 0 } }}
      >
        <CurrentVersion app={app} />
        <UpgradeTargets app={app} />
      </Stack>
      <UpgradeRecords applicationId={app.id} />
    </>
  );
}
