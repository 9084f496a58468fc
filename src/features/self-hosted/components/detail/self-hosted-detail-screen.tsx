import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocation } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { BackLink } from '@/components/layout/back-link';
import type { SelfHostedApplicationDetail } from '@/contract/self-hosted';
import { paths, type SelfHostedTab } from '@/config/paths';
import { listSearchOf } from '@/lib/list-return';
import { isApiError } from '@/lib/problem';
import { useSelfHostedApplication } from '../../api/get-self-hosted-application';
import { DetailHeader } from './detail-header';
import { DetailTabs } from './detail-tabs';
import { LiveState } from './live-state';
import { activeTab, TAB_PANEL_ID, tabId } from './tabs';
import { useFollowChanges } from './use-follow-changes';

interface SelfHostedDetailScreenProps {
  applicationId: string;
  /** The active tab's content, given the loaded application. */
  children: (app: SelfHostedApplicationDetail) => ReactNode;
}

export function SelfHostedDetailScreen({ applicationId, children }: SelfHostedDetailScreenProps) {
  const query = useSelfHostedApplication(applicationId);
  const location = useLocation();
  const listState: unknown = location.state;
  const tab = activeTab(location.pathname, applicationId);
  // An application that does not exist is the route's "Page not found", whenever it is learned.
  if (isApiError(query.error) && query.error.status === 404) throw query.error;

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.selfHosted.list.href(listSearchOf(listState))}>
        Back to My Applications
      </BackLink>
      {query.data ? (
        <Loaded app={query.data} tab={tab}>
          {children(query.data)}
        </Loaded>
      ) : query.isError ? (
        <>
          <Typography variant="h1">Application</Typography>
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

function Loaded({
  app,
  tab,
  children,
}: {
  app: SelfHostedApplicationDetail;
  tab: SelfHostedTab;
  children: ReactNode;
}) {
  useFollowChanges(app);
  return (
    <>
      <DetailHeader app={app} />
      <LiveState app={app} onVersionsTab={tab === ''} />
      <DetailTabs applicationId={app.id} active={tab} />
      <Box role="tabpanel" id={TAB_PANEL_ID} aria-labelledby={tabId(tab)} sx={{ minWidth: 0 }}>
        {children}
      </Box>
    </>
  );
}
