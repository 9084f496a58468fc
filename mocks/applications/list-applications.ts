import type { ApplicationListParams, ApplicationPage } from '@/contract/applications';
import { latestVersion } from '@/features/applications/rules';
import { problems } from '../core/problems';
import { listIndex } from './list-index';
import type { ApplicationRecord, ApplicationsState } from './state';
import { projectOf, toSummary } from './summary';

/**
 * One page of applications, filtered and sorted. Rows are walked in the index's order for the
 * sort, filtered on their record fields, and only the page's rows are summarised: a request
 * over the 10,000-row dataset costs about a millisecond, not a sort of every summary.
 */
export function listApplications(
  db: Pick<ApplicationsState, 'applications' | 'projects'>,
  query: ApplicationListParams,
): ApplicationPage {
  const projects = new Map(db.projects.map((p) => [p.id, p]));
  const unknown = query.project?.find((id) => !projects.has(id));
  if (unknown) {
    const message = `No project has the id "${unknown}".`;
    throw problems.badRequest(message, [{ field: 'project', message }]);
  }
  const wanted = query.project?.length ? new Set(query.project) : undefined;
  const statuses = query.status?.length ? new Set(query.status) : undefined;
  const needle = query.q ? query.q.toLowerCase() : undefined;
  const latest = new Map(db.projects.map((p) => [p.id, latestVersion(p.releasedVersions)]));
  const { records, lowerNames, order } = listIndex(db);
  const names = needle ? lowerNames() : [];

  const start = (query.page - 1) * query.pageSize;
  const end = start + query.pageSize;
  const page: ApplicationRecord[] = [];
  let total = 0;
  // The first row (in stored order) whose project is gone: summarising it fails, as it always has.
  let orphan = -1;
  for (const i of order(query.sort, query.order === 'desc')) {
    const a = records[i];
    if (
      !a ||
      (wanted && !wanted.has(a.projectId)) ||
      (query.projectVersion !== undefined && a.projectVersion !== query.projectVersion) ||
      (query.applicationVersion !== undefined &&
        a.applicationVersion !== query.applicationVersion) ||
      (statuses && !statuses.has(a.status)) ||
      (query.deployedVia && a.deployedVia !== query.deployedVia) ||
      (needle && !names[i]?.includes(needle))
    ) {
      continue;
    }
    const newest = latest.get(a.projectId);
    if (newest === undefined) {
      if (orphan < 0 || i < orphan) orphan = i;
      continue;
    }
    const upgradable = newest > a.projectVersion;
    if (query.upgradeAvailable !== undefined && upgradable !== query.upgradeAvailable) continue;
    if (total >= start && total < end) page.push(a);
    total++;
  }
  const missing = records[orphan];
  if (missing) projectOf(db, missing);
  return {
    items: page.map((a) => toSummary(db, a, projects.get(a.projectId))),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
