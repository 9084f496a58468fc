import { applicationSortFields, ApplicationStatus, DeployedVia } from '@/contract/applications';
import { defineListParams } from '@/lib/list-params';
import { flag, idList, oneOf, someOf, wholeNumber } from '@/lib/url-param-kinds';

/** The Applications list's state in the URL: its filters on top of search, sort and paging. */
export const applicationsCodec = defineListParams({
  sorts: applicationSortFields,
  defaultSort: 'name',
  descFirst: ['updatedAt'],
  filters: {
    status: someOf(ApplicationStatus.options),
    // An unknown project id is kept: the server answers it with a 400 that names it.
    project: idList(),
    projectVersion: wholeNumber,
    applicationVersion: wholeNumber,
    deployedVia: oneOf(DeployedVia.options),
    upgradeAvailable: flag,
  },
});
