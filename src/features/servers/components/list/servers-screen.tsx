import { flagFilter } from '@/components/list/choice-filter';
import { ServerList, type ServerListDefinition } from '@/components/list/server-list';
import type { ServerListParams, ServerSortField, ServerSummary } from '@/contract/servers';
import { serversQueryOptions } from '../../api/list-servers';
import { serversCodec } from '../../servers-list-params';
import { serverColumns } from './server-columns';
import { serverKeys } from '../../api/keys';

const serversList: ServerListDefinition<
  ServerListParams,
  ServerSummary,
  ServerSortField,
  ReturnType<typeof serverKeys.list>
> = {
  codec: serversCodec,
  rowsQuery: serversQueryOptions,
  title: 'Servers',
  description:
    'Self-hosted Appcircle servers, the package version each one runs, and whether a newer release is out.',
  label: 'Servers',
  texts: {
    one: 'server',
    noun: 'servers',
    failed: 'The servers could not be loaded',
    emptyDetail: 'Self-hosted servers appear here once their agent reports in.',
  },
  search: { label: 'Filter servers', field: 'Search servers by name or project' },
  Filters: flagFilter('Upgrade available', 'upgradeAvailable'),
  columns: serverColumns,
};

export function ServersScreen() {
  return <ServerList definition={serversList} />;
}
