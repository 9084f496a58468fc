import { templateSortFields, type TemplateSortField } from '@/contract/templates';
import { defineListParams, type SortedParams } from '@/lib/list-params';

/** The templates list's whole state, kept in the URL (defaults omitted, so links stay short). */
export type TemplatesParams = SortedParams<TemplateSortField> & { q?: string };

export const templatesCodec = defineListParams({
  sorts: templateSortFields,
  defaultSort: 'name',
  // Dates, versions and counts are most useful largest first; names start ascending.
  descFirst: ['updatedAt', 'latestVersion', 'componentCount'],
  filters: {},
});

export const { parse: parseTemplatesParams, serialize: templatesSearchParams } = templatesCodec;
