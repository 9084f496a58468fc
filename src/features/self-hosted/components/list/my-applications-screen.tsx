import { flagFilter } from '@/components/list/choice-filter';
import { ServerList, type ServerListDefinition } from '@/components/list/server-list';
import type {
  SelfHostedApplication,
  SelfHostedListParams,
  SelfHostedSortField,
} from '@/contract/self-hosted';
import { selfHostedApplicationsQueryOptions } from '../../api/get-self-hosted-applications';
import { selfHostedCodec } from '../../list-params';
import { myApplicationColumns } from './columns';
import { selfHostedKeys } from '../../api/keys';

const myApplicationsList: ServerListDefinition<
  SelfHostedListParams,
  SelfHostedApplication,
  SelfHostedSortField,
  ReturnType<typeof selfHostedKeys.list>
> = {
  codec: selfHostedCodec,
  rowsQuery: selfHostedApplicationsQueryOptions,
  title: 'My Applications',
  description:
    'Self-hosted applications, the version each one runs, and versions registered for test or being switched to.',
  label: 'My applications',
  texts: {
    one: 'application',
    noun: 'applications',
    loading: 'Loading my applications…',
    failed: 'My applications could not be loaded',
    emptyTitle: 'No self-hosted applications yet',
    emptyDetail:
      'Self-hosted applications appear here once they are installed for your organisation.',
    noMatchDetail: 'No self-hosted application matches the current search and filter.',
    clearFilters: 'Show all applications',
  },
  search: { label: 'Filter my applications', field: 'Search my applications' },
  Filters: flagFilter('Update available', 'updateAvailable'),
  columns: myApplicationColumns,
  compact: true,
};

export function MyApplicationsScreen() {
  return <ServerList definition={myApplicationsList} />;
}
