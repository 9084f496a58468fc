import { nextApplicationVersion, upgradeTargets } from '@/features/applications/rules';
import { registerOperationKind } from '../core/operations';
import { problems } from '../core/problems';

export const READINESS_CHECK = 'application.readiness-check';

registerOperationKind(READINESS_CHECK, {
  title: () => 'Upgrade readiness check',
  steps: [
    { id: 'deployment', title: 'Read how the application was deployed', ms: 700 },
    { id: 'versions', title: 'Find released project versions', ms: 900 },
    { id: 'work', title: 'Count running process and task instances', ms: 800 },
    { id: 'services', title: 'Check that every service answers', ms: 600 },
  ],
  complete: (db, op) => {
    const app = db.applications.find((a) => a.id === op.input.applicationId);
    if (!app) throw problems.notFound('Application', String(op.input.applicationId));
    const project = db.projects.find((p) => p.id === app.projectId);
    const targets = upgradeTargets(project?.releasedVersions ?? [], app.projectVersion).map(
      (projectVersion) => ({
        projectVersion,
        applicationVersion: nextApplicationVersion(app.applicationVersion),
      }),
    );
    const reason =
      app.deployedVia === 'helm'
        ? 'Deployed with Helm: only applications deployed by the deployment service can be upgraded.'
        : targets.length === 0
          ? `No released project version is higher than ${app.projectVersion}.`
          : undefined;
    return { upgradable: reason === undefined, reason, targets };
  },
});
