import { flagFilter } from '@/components/list/choice-filter';
import { ServerList, type ServerListDefinition } from '@/components/list/server-list';
import type { InstalledApplication, InstalledSortField } from '@/contract/template-upgrades';
import { installedApplicationsQueryOptions } from '../../api/list-installed-applications';
import { installedColumns } from './installed-columns';
import { installedCodec, type InstalledParams } from './installed-params';
import { installedKeys } from '../../api/keys';

const installedList: ServerListDefinition<
  InstalledParams,
  InstalledApplication,
  InstalledSortField,
  ReturnType<typeof installedKeys.list>
> = {
  codec: installedCodec,
  rowsQuery: installedApplicationsQueryOptions,
  title: 'Installed applications',
  description:
    'Applications installed from templates, the template version each one runs, and newer versions they can be upgraded to.',
  label: 'Installed applications',
  texts: {
    one: 'installed application',
    noun: 'installed applications',
    failed: 'The installed applications could not be loaded',
    emptyDetail: 'Applications installed from a template appear here.',
  },
  search: { label: 'Filter installed applications', field: 'Search installed applications' },
  Filters: flagFilter('Newer version available', 'updateAvailable'),
  columns: installedColumns,
};

export function InstalledScreen() {
  return <ServerList definition={installedList} />;
}
