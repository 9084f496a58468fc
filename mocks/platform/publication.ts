import type { FieldError } from '@/contract/common';
import type { User } from '@/contract/identity';
import type { PublicationMethod } from '@/contract/platform-plans';
import { canStage } from '@/features/platform/environment-rules';
import { publicationMethods } from '@/features/platform/execution-rules';
import { DEPLOY_ALL_FROM, GRADUAL_FROM, publishMode } from '@/features/platform/publish-mode';
import { registerOperationKind } from '../core/operations';
import { problems } from '../core/problems';
import type { OperationRecord } from '../core/state';
import type { Db } from '../db';
import { actorOf } from './plan-access';
import { findEnvironment, type PlanEnvironmentRecord, type PlanRecord } from './state';
import { statusOf } from './view';
import { environmentResource, startWork, targetOf, workInput } from './work';

export const PUBLICATION = 'platform.publication';
/** Simulated time to publish one module in the new version. */
const MODULE_MS = 1000;

const notHere: Record<PublicationMethod, string> = {
  solution:
    'An all-modules solution is how Development publishes; stage from an upgraded environment or fix in place here.',
  stage:
    'Development publishes an all-modules solution: it has no environment before it to stage from.',
  code: 'Development publishes an all-modules solution ("Current Running Version").',
  'deploy-all': `Deploy All is available from Platform Server ${DEPLOY_ALL_FROM}.`,
  gradual: `Publishing gradually needs an upgrade from 11.x to ${GRADUAL_FROM} or later: publish all the applications.`,
};

const refuse = (field: string, message: string) =>
  problems.unprocessable('The applications cannot be published this way', message, [
    { field, message },
  ]);

function stateProblem(plan: PlanRecord, env: PlanEnvironmentRecord) {
  if (env.kind === 'lifetime')
    return problems.unprocessable(
      'LifeTime has no applications',
      'Publish in the application environments.',
    );
  if (env.execution.status !== 'done') {
    const message = `${env.name} is not on ${plan.to} yet: upgrade its Platform Server first.`;
    return problems.unprocessable('The platform is not upgraded yet', message);
  }
  if (env.publication?.status === 'running')
    return problems.conflict(
      'A publication is running',
      `${env.name} is publishing: wait for it to end.`,
    );
  const prep = env.modulePreparation;
  if (publishMode(env.fromVersion, plan.to) === 'gradual' && prep?.status !== 'done') {
    const where = prep
      ? `it has prepared ${String(prep.prepared)} of ${String(prep.total)} modules${prep.status === 'failed' ? `, stopped at ${prep.failedModule ?? 'a module'}: retry it` : ''}`
      : 'it has not started';
    return problems.conflict(
      'Modules preparation has not finished',
      `Publish once modules preparation of ${env.name} ends: ${where}.`,
    );
  }
  return null;
}

/** The applications to publish, after every rule of the method chosen. */
function appsToPublish(
  db: Db,
  plan: PlanRecord,
  env: PlanEnvironmentRecord,
  body: { method: PublicationMethod; sourceEnvironmentId?: string; applications?: string[] },
) {
  const record = findEnvironment(db, env.environmentId);
  const apps = record?.apps ?? [];
  const mode = publishMode(env.fromVersion, plan.to);
  if (!publicationMethods(env.role, plan.to, mode).includes(body.method))
    throw refuse('method', notHere[body.method]);
  if (body.method === 'stage') {
    const sourceId = body.sourceEnvironmentId;
    if (!sourceId)
      throw refuse('sourceEnvironmentId', 'Pick the upgraded environment to stage from.');
    const source = findEnvironment(db, sourceId);
    if (
      !source ||
      source.infrastructureId !== record?.infrastructureId ||
      source.id === env.environmentId
    )
      throw refuse(
        'sourceEnvironmentId',
        `${sourceId} is not another environment of this infrastructure.`,
      );
    if (!canStage(source.platformVersion, plan.to)) {
      throw problems.conflict(
        `${source.name} is not on ${plan.to}`,
        `You can't stage applications between environments in different versions: ${source.name} is on ${source.platformVersion}, ${env.name} on ${plan.to}. Stage from an environment already upgraded, or publish by code.`,
      );
    }
  }
  if (body.method !== 'gradual') return apps;
  const names = body.applications ?? [];
  if (names.length === 0) throw refuse('applications', 'Pick the applications to publish now.');
  const errors: FieldError[] = names.flatMap((name, i) =>
    apps.some((a) => a.name === name)
      ? []
      : [
          {
            field: `applications.${String(i)}`,
            message: `${name} is not an application of ${env.name}.`,
          },
        ],
  );
  if (errors.length > 0)
    throw problems.unprocessable(
      'Unknown applications',
      errors.map((e) => e.message).join(' '),
      errors,
    );
  return apps.filter((a) => names.includes(a.name));
}

export function startPublication(
  db: Db,
  now: number,
  user: User,
  plan: PlanRecord,
  env: PlanEnvironmentRecord,
  body: { method: PublicationMethod; sourceEnvironmentId?: string; applications?: string[] },
): OperationRecord {
  const problem = stateProblem(plan, env);
  if (problem) throw problem;
  const apps = appsToPublish(db, plan, env, body);
  const op = startWork(
    db,
    now,
    {
      kind: PUBLICATION,
      resource: environmentResource(env),
      input: { ...workInput(plan, env), method: body.method },
      actor: actorOf(user),
    },
    apps.map((a) => ({ id: a.name, title: `Publish ${a.name}`, ms: a.modules * MODULE_MS })),
  );
  env.publication = {
    status: 'running',
    method: body.method,
    sourceEnvironmentId: body.method === 'stage' ? (body.sourceEnvironmentId ?? null) : null,
    published: [],
    total: apps.length,
    operationId: op.id,
  };
  return op;
}

registerOperationKind(PUBLICATION, {
  title: (input) => `Publish the applications in ${String(input.to)} (${String(input.method)})`,
  steps: [],
  onStepDone: (db, op, app) => {
    const { env } = targetOf(db, op);
    env.publication?.published.push(app);
    if (!env.publishedApps.includes(app)) env.publishedApps.push(app);
  },
  complete: (db, op) => {
    const { env } = targetOf(db, op);
    if (env.publication)
      env.publication = { ...env.publication, status: 'done', operationId: null };
    return { environmentId: env.environmentId, status: statusOf(db, env) };
  },
  onFailure: (db, op) => {
    const { env } = targetOf(db, op);
    if (env.publication)
      env.publication = { ...env.publication, status: 'failed', operationId: null };
  },
  auditDetails: (op) => ({ to: String(op.input.to), comment: String(op.input.method) }),
});
