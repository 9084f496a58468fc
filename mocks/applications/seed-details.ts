import type {
  Connector,
  ProjectRelease,
  RunningWork,
  Service,
} from '@/contract/application-detail';
import { outOfTheBoxConnectors } from '@/features/applications/connectors';
import type { ApplicationDetails, ApplicationRecord, ProjectRecord } from './state';
import { seededRandom, seedTime } from '../core/seed-random';

const REGISTRY = 'registry.spacetech.example';
const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

/** Which connectors each project version's models use; Invoice Approvals 10 adds e-mail. */
const connectorsOf: Record<string, (version: number) => ProjectRelease['connectors']> = {
  'p-invoice': (v) => [
    { name: 'erp-connector', kind: 'custom' },
    ...(v >= 10
      ? [{ name: 'email-connector', kind: 'out-of-the-box' as const, type: 'email' }]
      : []),
  ],
  'p-onboarding': () => [{ name: 'email-connector', kind: 'out-of-the-box', type: 'email' }],
  'p-claims': (v) => [
    { name: 'document-scanner', kind: 'custom' },
    ...(v >= 6
      ? [{ name: 'slack-connector', kind: 'out-of-the-box' as const, type: 'slack' }]
      : []),
  ],
};

export function releasesOf(project: ProjectRecord): ProjectRelease[] {
  return project.releasedVersions.map((version, i) => ({
    version,
    releasedAt: seedTime((project.releasedVersions.length - i) * 60 * 24 * 21),
    connectors: connectorsOf[project.id]?.(version) ?? [],
  }));
}

function services(app: ApplicationRecord, project: ProjectRecord): Service[] {
  const base = `${REGISTRY}/${slug(project.name)}`;
  return [
    {
      name: 'runtime-bundle',
      image: `${base}/runtime-bundle:${app.projectVersion}.0.0`,
      variables: {
        APP_LOG_LEVEL: 'INFO',
        SPRING_DATASOURCE_URL: `jdbc:postgresql://db.${app.name}.svc:5432/activiti`,
        SPRING_DATASOURCE_PASSWORD: `pw-${app.id}-7f3a`,
      },
    },
    {
      name: 'query-service',
      image: `${REGISTRY}/platform/query-service:7.1.0`,
      variables: { QUERY_PAGE_SIZE: '100', KEYCLOAK_CLIENT_SECRET: `kc-${app.id}-91bd` },
    },
    { name: 'audit-service', image: `${REGISTRY}/platform/audit-service:7.1.0`, variables: {} },
  ];
}

function connectors(app: ApplicationRecord, project: ProjectRecord): Connector[] {
  const release = releasesOf(project).find((r) => r.version === app.projectVersion);
  return (release?.connectors ?? []).map((c): Connector => {
    const ootb = c.type ? outOfTheBoxConnectors[c.type] : undefined;
    if (ootb) {
      const variables = Object.fromEntries(
        ootb.requiredVariables.map((k) => [
          k,
          k === 'EMAIL_PORT' ? '587' : `${k.toLowerCase()}-value`,
        ]),
      );
      return {
        name: ootb.name,
        kind: 'out-of-the-box',
        type: ootb.type,
        image: ootb.image,
        variables,
      };
    }
    return {
      name: c.name,
      kind: 'custom',
      image: `${REGISTRY}/${slug(project.name)}/${c.name}:2.3.1`,
      variables: {
        SERVICE_URL: `https://${c.name}.spacetech.example`,
        API_TOKEN: `tok-${app.id}-c0de`,
      },
    };
  });
}

function runningWork(app: ApplicationRecord): RunningWork[] {
  const random = seededRandom(app.id.split('').reduce((a, c) => a * 31 + c.charCodeAt(0), 7));
  // Older versions keep only the work started before the last upgrades; new work is on the newest.
  const from = Math.max(1, app.applicationVersion - 2);
  const work: RunningWork[] = [];
  for (let v = from; v <= app.applicationVersion; v++) {
    const weight = v === app.applicationVersion ? 40 : 6;
    work.push({
      applicationVersion: v,
      processInstances: Math.floor(random() * weight) + 1,
      taskInstances: Math.floor(random() * weight * 2),
    });
  }
  return work;
}

/** The seeded details of an application, the same every time for the same application. */
export function seedDetails(app: ApplicationRecord, project: ProjectRecord): ApplicationDetails {
  return {
    services: services(app, project),
    infrastructure: {
      cluster: app.name.endsWith('-eu') ? 'eks-eu-west-1' : 'eks-us-east-1',
      namespace: app.name,
      replicas: app.status === 'stopped' ? 1 : 2,
      cpu: '500m',
      memory: '1Gi',
      storageClass: 'gp3',
      ingressHost: `${app.name}.apps.spacetech.example`,
    },
    connectors: connectors(app, project),
    runningWork: runningWork(app),
  };
}
