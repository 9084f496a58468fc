import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLocation } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import type { ApplicationDetail } from '@/contract/application-detail';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/problem';
import { useApplication } from '../../api/get-application';
import { listSearchOf } from '@/lib/list-return';
import { BackLink } from '@/components/layout/back-link';
import { DetailHeader } from './detail-header';
import { DetailTabs } from './detail-tabs';
import { activeTab, TAB_PANEL_ID, tabId } from './tabs';

interface ApplicationDetailScreenProps {
  applicationId: string;
  /** The active tab's content, given the loaded application. */
  children: (app: ApplicationDetail) => ReactNode;
}

export function ApplicationDetailScreen({ applicationId, children }: ApplicationDetailScreenProps) {
  const query = useApplication(applicationId);
  const location = useLocation();
  const listState: unknown = location.state;
  const tab = activeTab(location.pathname, applicationId);
  // An application that does not exist is the route's "Page not found", whenever it is learned.
  if (isApiError(query.error) && query.error.status === 404) throw query.error;

  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.applications.list.href(listSearchOf(listState))}>
        Back to applications
      </BackLink>
      {query.data ? (
        <>
          <DetailHeader app={query.data} />
          <DetailTabs applicationId={applicationId} active={tab} />
          <Box role="tabpanel" id={TAB_PANEL_ID} aria-labelledby={tabId(tab)} sx={{ minWidth: 0 }}>
            {children(query.data)}
          </Box>
        </>
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
