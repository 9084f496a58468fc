import { selfHostedSortFields } from '@/contract/self-hosted';
import { defineListParams } from '@/lib/list-params';
import { flag } from '@/lib/url-param-kinds';

/** My Applications' state in the URL: one filter on top of search, sort and paging. */
export const selfHostedCodec = defineListParams({
  sorts: selfHostedSortFields,
  defaultSort: 'name',
  // Dates are most useful newest first, as on Applications.
  descFirst: ['updatedAt'],
  filters: { updateAvailable: flag },
});
