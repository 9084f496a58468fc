import { installedSortFields, type InstalledSortField } from '@/contract/template-upgrades';
import { defineListParams, type SortedParams } from '@/lib/list-params';
import { flag } from '@/lib/url-param-kinds';

/** The installed applications list's whole state, kept in the URL. */
export type InstalledParams = SortedParams<InstalledSortField> & {
  q?: string;
  updateAvailable?: boolean;
};

export const installedCodec = defineListParams({
  sorts: installedSortFields,
  defaultSort: 'name',
  descFirst: ['updatedAt', 'version'],
  filters: { updateAvailable: flag },
});

export const { parse: parseInstalledParams, serialize: installedSearchParams } = installedCodec;
