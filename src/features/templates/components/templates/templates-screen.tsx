import { ServerList, type ServerListDefinition } from '@/components/list/server-list';
import type { TemplateSortField, TemplateSummary } from '@/contract/templates';
import { templatesQueryOptions } from '../../api/list-templates';
import { templateColumns } from './templates-columns';
import { templatesCodec, type TemplatesParams } from './templates-params';
import { templateKeys } from '../../api/keys';

const templatesList: ServerListDefinition<
  TemplatesParams,
  TemplateSummary,
  TemplateSortField,
  ReturnType<typeof templateKeys.list>
> = {
  codec: templatesCodec,
  rowsQuery: templatesQueryOptions,
  title: 'Templates',
  description:
    'Application templates, their release records, and changes of their source applications not yet published.',
  label: 'Templates',
  texts: {
    one: 'template',
    noun: 'templates',
    failed: 'The templates could not be loaded',
    emptyDetail: 'Templates appear here once an application is published as a template.',
  },
  // Only a search: clearing it is the search box's own business.
  search: { label: 'Filter templates', field: 'Search templates', clearable: false },
  columns: templateColumns,
};

export function TemplatesScreen() {
  return <ServerList definition={templatesList} />;
}
