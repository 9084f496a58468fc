import type { ApplicationSummary } from '@/contract/applications';
import { isUpgradeAvailable, latestVersion } from '@/features/applications/rules';
import type { ApplicationRecord, ApplicationsState, ProjectRecord } from './state';

export function projectOf(db: Pick<ApplicationsState, 'projects'>, app: ApplicationRecord) {
  const project = db.projects.find((p) => p.id === app.projectId);
  if (!project) throw new Error(`Application ${app.id} has no project ${app.projectId}`);
  return project;
}

export function toSummary(
  db: Pick<ApplicationsState, 'projects'>,
  app: ApplicationRecord,
  project: ProjectRecord = projectOf(db, app),
): ApplicationSummary {
  const { projectId: _projectId, generated: _generated, ...rest } = app;
  return {
    ...rest,
    project: { id: project.id, name: project.name },
    latestProjectVersion: latestVersion(project.releasedVersions),
    upgradeAvailable: isUpgradeAvailable(project.releasedVersions, app.projectVersion),
  };
}
