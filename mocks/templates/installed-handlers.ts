import { endpoints } from '@/contract/endpoints';
import type { InstalledApplication, InstalledSortField } from '@/contract/template-upgrades';
import { preselectedComponents } from '@/features/templates/template-diff';
import { compareVersions } from '@/lib/version-compare';
import { route } from '../core/http';
import { findInstalled, findTemplate, findUpgrade, upgradesOf, versionRecord } from './state';
import { upgradeDiff } from './upgrades';
import { matchesText, paginate } from '../core/paging';
import { maskDiff } from '../core/secret-masking';
import {
  toInstalledDetail,
  toInstalledSummary,
  toUpgradeRecord,
  toUpgradeRecordDetail,
} from './installed-view';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(field: InstalledSortField, a: InstalledApplication, b: InstalledApplication) {
  switch (field) {
    case 'template':
      return collator.compare(a.template.name, b.template.name);
    case 'version':
      return compareVersions(a.version, b.version);
    case 'updatedAt':
      return a.updatedAt.localeCompare(b.updatedAt);
    case 'name':
      return collator.compare(a.name, b.name);
  }
}

/** Applications installed from templates, their upgrade details and upgrade records. */
export const installedApplicationHandlers = [
  route(endpoints.listInstalledApplications, ({ db, query }) => {
    const direction = query.order === 'desc' ? -1 : 1;
    const rows = db.templateUpgrades.applications
      .filter((a) => matchesText(query.q, a.name))
      .filter((a) => !query.templateId || a.templateId === query.templateId)
      .map((a) => toInstalledSummary(db, a))
      .filter(
        (a) => query.updateAvailable === undefined || a.updateAvailable === query.updateAvailable,
      )
      .sort((a, b) => direction * compare(query.sort, a, b) || collator.compare(a.name, b.name));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(endpoints.getInstalledApplication, ({ db, params }) =>
    toInstalledDetail(db, findInstalled(db, params.applicationId)),
  ),

  route(endpoints.getTemplateUpgradeDiff, ({ db, params, query }) => {
    const app = findInstalled(db, params.applicationId);
    const t = findTemplate(db, app.templateId);
    const to = versionRecord(t, query.to).version;
    const ignoreWhitespace = query.ignoreWhitespace ?? false;
    const diff = upgradeDiff(t, app, to, ignoreWhitespace);
    const masked = maskDiff(diff, (name) => ({ before: app.components[name] ?? null, after: to }));
    return {
      applicationId: app.id,
      from: app.version,
      to,
      ignoreWhitespace,
      ...masked,
      preselected: preselectedComponents(diff),
    };
  }),

  route(endpoints.listTemplateUpgradeRecords, ({ db, params, query }) => {
    const app = findInstalled(db, params.applicationId);
    const rows = upgradesOf(db, app.id)
      .filter((u) => !query.status || query.status.includes(u.status))
      .reverse()
      .map((u) => toUpgradeRecord(db, u));
    return paginate(rows, query.page, query.pageSize);
  }),

  route(endpoints.getTemplateUpgradeRecord, ({ db, params }) => {
    const app = findInstalled(db, params.applicationId);
    return toUpgradeRecordDetail(db, app, findUpgrade(db, app, params.upgradeId));
  }),
];
