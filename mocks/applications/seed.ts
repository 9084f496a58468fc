import type { ApplicationStatus, DeployedVia } from '@/contract/applications';
import type { ApplicationAccess } from '@/contract/applications';
import type { ApplicationRecord, ProjectRecord } from './state';
import { pick, seededRandom, seedTime } from '../core/seed-random';

export function seedProjects(): ProjectRecord[] {
  return [
    // The seed's versioning case: released project versions 1, 2, 4 and 10.
    { id: 'p-invoice', name: 'Invoice Approvals', releasedVersions: [1, 2, 4, 10] },
    { id: 'p-onboarding', name: 'Employee Onboarding', releasedVersions: [1, 2, 3] },
    { id: 'p-claims', name: 'Insurance Claims', releasedVersions: [1, 3, 5, 6, 9] },
    { id: 'p-procurement', name: 'Procurement', releasedVersions: [1, 2] },
    { id: 'p-leave', name: 'Leave Requests', releasedVersions: [1, 2, 3, 4, 5, 7] },
    { id: 'p-contracts', name: 'Contract Review', releasedVersions: [2, 4, 8] },
    { id: 'p-kyc', name: 'Customer KYC', releasedVersions: [1, 2, 3, 4] },
    { id: 'p-expenses', name: 'Travel Expenses', releasedVersions: [1, 6, 12] },
  ];
}

type Row = [string, string, number, number, ApplicationStatus, DeployedVia, number];

/** [name, project, project version, application version, status, deployed via, minutes ago] */
const rows: Row[] = [
  ['invoice-approvals', 'p-invoice', 4, 3, 'running', 'deployment-service', 180],
  ['invoice-approvals-eu', 'p-invoice', 10, 4, 'running', 'deployment-service', 2400],
  ['invoice-approvals-helm', 'p-invoice', 2, 2, 'running', 'helm', 9000],
  ['hr-onboarding', 'p-onboarding', 2, 2, 'running', 'deployment-service', 60],
  ['hr-onboarding-staging', 'p-onboarding', 3, 3, 'running', 'deployment-service', 720],
  ['claims-intake', 'p-claims', 5, 3, 'running', 'deployment-service', 30],
  ['claims-intake-dr', 'p-claims', 3, 2, 'stopped', 'deployment-service', 20000],
  ['claims-legacy', 'p-claims', 1, 1, 'degraded', 'helm', 40000],
  ['procurement', 'p-procurement', 2, 2, 'running', 'deployment-service', 5000],
  ['procurement-sandbox', 'p-procurement', 1, 1, 'failed', 'deployment-service', 15],
  ['leave-requests', 'p-leave', 5, 4, 'running', 'deployment-service', 300],
  ['leave-requests-apac', 'p-leave', 7, 5, 'running', 'deployment-service', 90],
  ['contract-review', 'p-contracts', 4, 2, 'running', 'helm', 12000],
  ['contract-review-legal', 'p-contracts', 2, 1, 'deploying', 'deployment-service', 2],
  ['customer-kyc', 'p-kyc', 3, 3, 'running', 'deployment-service', 1500],
  ['customer-kyc-uk', 'p-kyc', 4, 4, 'running', 'deployment-service', 800],
  ['travel-expenses', 'p-expenses', 6, 2, 'running', 'deployment-service', 4000],
  ['travel-expenses-us', 'p-expenses', 1, 1, 'degraded', 'deployment-service', 100],
];

export function seedApplications(): ApplicationRecord[] {
  return rows.map(
    ([name, projectId, projectVersion, applicationVersion, status, deployedVia, ago], i) => ({
      id: `app-${(i + 1).toString().padStart(3, '0')}`,
      name,
      projectId,
      projectVersion,
      applicationVersion,
      status,
      deployedVia,
      updatedAt: seedTime(ago),
      revision: 1,
    }),
  );
}

const statuses: ApplicationStatus[] = [
  'running',
  'running',
  'running',
  'running',
  'degraded',
  'stopped',
  'failed',
];
const regions = ['eu', 'us', 'apac', 'uk', 'ca', 'de', 'fr', 'jp', 'br', 'in'];
const teams = ['north', 'south', 'core', 'retail', 'wholesale', 'partners', 'internal', 'pilot'];

/** The "large dataset": 10,000 more instances, always the same ones. */
export function generateApplications(
  projects: ProjectRecord[],
  count = 10_000,
): ApplicationRecord[] {
  const random = seededRandom(20261102);
  const out: ApplicationRecord[] = [];
  for (let i = 0; i < count; i++) {
    const project = pick(random, projects);
    const index = Math.floor(random() * project.releasedVersions.length);
    const projectVersion = project.releasedVersions[index] ?? 1;
    const slug = project.name.toLowerCase().replace(/\s+/g, '-');
    out.push({
      id: `gen-${(i + 1).toString().padStart(5, '0')}`,
      name: `${slug}-${pick(random, teams)}-${pick(random, regions)}-${(i + 1).toString().padStart(5, '0')}`,
      projectId: project.id,
      projectVersion,
      applicationVersion: index + 1,
      status: pick(random, statuses),
      deployedVia: random() < 0.12 ? 'helm' : 'deployment-service',
      updatedAt: seedTime(Math.floor(random() * 60 * 24 * 120)),
      revision: 1,
      generated: true,
    });
  }
  return out;
}

export function defaultAccess(applicationId: string): ApplicationAccess {
  return {
    applicationId,
    revision: 1,
    admins: { users: [], groups: ['g-platform-admins'] },
    users: { users: [], groups: [] },
  };
}

export function seedAccess(applications: ApplicationRecord[]): Record<string, ApplicationAccess> {
  const hr = (id: string): ApplicationAccess => ({
    applicationId: id,
    revision: 1,
    admins: { users: ['u-hannah'], groups: ['g-hr-admins'] },
    users: { users: ['u-tom'], groups: ['g-hr-users'] },
  });
  const finance = (id: string): ApplicationAccess => ({
    applicationId: id,
    revision: 1,
    admins: { users: ['u-admin', 'u-mateo'], groups: [] },
    users: { users: [], groups: ['g-finance-users'] },
  });
  return Object.fromEntries(
    applications.map((a) => [
      a.id,
      a.projectId === 'p-onboarding' || a.projectId === 'p-leave'
        ? hr(a.id)
        : a.projectId === 'p-invoice'
          ? finance(a.id)
          : defaultAccess(a.id),
    ]),
  );
}
