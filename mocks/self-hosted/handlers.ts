import { endpoints } from '@/contract/endpoints';
import type { SelfHostedApplication, SelfHostedSortField } from '@/contract/self-hosted';
import { compareVersions } from '@/features/self-hosted/version-order';
import { route } from '../core/http';
import { activeVersionOf, findSelfHosted } from './state';
import { matchesText, paginate } from '../core/paging';
import { toSelfHostedDetail, toSelfHostedSummary, toTenant } from './view';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(field: SelfHostedSortField, a: SelfHostedApplication, b: SelfHostedApplication) {
  switch (field) {
    case 'activeVersion':
    case 'newestVersion':
      return compareVersions(a[field], b[field]);
    case 'updatedAt':
      return a.updatedAt.localeCompare(b.updatedAt);
    case 'name':
      return collator.compare(a.name, b.name);
  }
}

/** My Applications and what the Versions, Tenants and Settings tabs read. */
export const selfHostedHandlers = [
  route(endpoints.listSelfHostedApplications, ({ db, query }) => {
    const direction = query.order === 'desc' ? -1 : 1;
    const rows = db.selfHosted
      .filter((a) => matchesText(query.q, a.name))
      .map((a) => toSelfHostedSummary(db, a))
      .filter(
        (a) => query.updateAvailable === undefined || a.updateAvailable === query.updateAvailable,
      )
      .sort((a, b) => direction * compare(query.sort, a, b) || collator.compare(a.name, b.name));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(endpoints.getSelfHostedApplication, ({ db, params }) =>
    toSelfHostedDetail(db, findSelfHosted(db, params.applicationId)),
  ),

  route(endpoints.listSelfHostedTenants, ({ db, params }) => {
    const app = findSelfHosted(db, params.applicationId);
    return {
      applicationId: app.id,
      activeVersion: activeVersionOf(app).version,
      items: [...app.tenants].sort((a, b) => collator.compare(a.name, b.name)).map(toTenant),
    };
  }),

  // Only the active version's roles: a new version's descriptions wait for its switch to succeed.
  route(endpoints.getSelfHostedSettings, ({ db, params }) => {
    const app = findSelfHosted(db, params.applicationId);
    const active = activeVersionOf(app);
    return { applicationId: app.id, version: active.version, roles: active.roles };
  }),
];
