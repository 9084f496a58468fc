import { endpoints } from '@/contract/endpoints';
import { route } from './http';
import { paginate } from './paging';

export const auditHandlers = [
  route(endpoints.listAudit, ({ db, query }) => {
    const entries = db.audit
      .filter((e) => !query.resourceType || e.resource.type === query.resourceType)
      .filter((e) => !query.resourceId || e.resource.id === query.resourceId)
      .sort((a, b) => b.at.localeCompare(a.at));
    return paginate(entries, query.page, query.pageSize);
  }),
];
