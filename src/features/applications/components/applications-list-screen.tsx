import { ServerList, type ServerListDefinition } from '@/components/list/server-list';
import type {
  ApplicationListParams,
  ApplicationSortField,
  ApplicationSummary,
} from '@/contract/applications';
import { applicationsQueryOptions } from '../api/get-applications';
import { applicationsCodec } from '../list-params';
import { ApplicationFilters } from './application-filters';
import { applicationColumns } from './columns';
import { useRowActions } from './row-actions';
import { applicationKeys } from '../api/keys';

const applicationsList: ServerListDefinition<
  ApplicationListParams,
  ApplicationSummary,
  ApplicationSortField,
  ReturnType<typeof applicationKeys.list>
> = {
  codec: applicationsCodec,
  rowsQuery: applicationsQueryOptions,
  title: 'Applications',
  description:
    'Deployed application instances, their versions and whether a newer project version is released.',
  label: 'Applications',
  texts: {
    one: 'application',
    noun: 'applications',
    emptyDetail: 'Applications appear here once they are deployed.',
    noMatchDetail: 'No application matches the current search and filters.',
    clearFilters: 'Show all applications',
  },
  search: { label: 'Filter applications', field: 'Search applications' },
  Filters: ApplicationFilters,
  columns: applicationColumns,
  useActions: useRowActions,
  compact: true,
  skeleton: { rows: 10, columns: 6 },
};

export function ApplicationsListScreen() {
  return <ServerList definition={applicationsList} />;
}
