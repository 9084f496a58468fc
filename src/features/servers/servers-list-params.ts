import { ServerSortField } from '@/contract/servers';
import { defineListParams } from '@/lib/list-params';
import { flag } from '@/lib/url-param-kinds';

/** The servers list's whole state, kept in the URL. */
export const serversCodec = defineListParams({
  sorts: ServerSortField.options,
  defaultSort: 'name',
  descFirst: ['packageVersion', 'updatedAt'],
  filters: { upgradeAvailable: flag },
});
