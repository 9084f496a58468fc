import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useLocation } from 'react-router';
import { PageQuery } from '@/components/feedback/page-query';
import { BackLink } from '@/components/layout/back-link';
import { LinkTabs } from '@/components/layout/link-tabs';
import type { ServerDetail } from '@/contract/servers';
import { paths, serverTabs } from '@/config/paths';
import { listSearchOf } from '@/lib/list-return';
import { useServer } from '../../api/get-server';
import { DownBanner } from './down-banner';
import { ServerHeader } from './server-header';
import { activeTab, TAB_PANEL_ID, tabId, tabLabels } from './tabs';
import { useFollowServer } from './use-follow-server';

interface ServerDetailScreenProps {
  serverId: string;
  /** The active tab's content, given the loaded server. */
  children: (server: ServerDetail) => ReactNode;
}

/** One installation: what runs, the way to the latest release, and a tab per section. */
export function ServerDetailScreen({ serverId, children }: ServerDetailScreenProps) {
  const query = useServer(serverId);
  const location = useLocation();
  const listState: unknown = location.state;
  const tab = activeTab(location.pathname, serverId);
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      <BackLink to={paths.servers.list.href(listSearchOf(listState))}>Back to Servers</BackLink>
      <PageQuery
        query={query}
        title="Server"
        failed="This server could not be loaded"
        loading="Loading server…"
      >
        {(server) => (
          <Loaded server={server}>
            <LinkTabs
              tabs={serverTabs}
              active={tab}
              label="Server sections"
              labelOf={(t) => tabLabels[t]}
              idOf={tabId}
              hrefOf={(t) => paths.servers.detail.href(serverId, t)}
              panelId={TAB_PANEL_ID}
            />
            <Box
              role="tabpanel"
              id={TAB_PANEL_ID}
              aria-labelledby={tabId(tab)}
              sx={{ minWidth: 0 }}
            >
              {children(server)}
            </Box>
          </Loaded>
        )}
      </PageQuery>
    </Stack>
  );
}

function Loaded({ server, children }: { server: ServerDetail; children: ReactNode }) {
  useFollowServer(server);
  return (
    <>
      <ServerHeader server={server} />
      {server.state === 'down' ? <DownBanner server={server} /> : null}
      {children}
    </>
  );
}
