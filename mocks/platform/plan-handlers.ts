import { endpoints } from '@/contract/endpoints';
import { checklistFor } from '@/features/platform/execution-rules';
import { publishMode } from '@/features/platform/publish-mode';
import type { FieldError } from '@/contract/common';
import { route } from '../core/http';
import { problems } from '../core/problems';
import {
  actorOf,
  changed,
  requireOpenPlan,
  requirePlan,
  requirePlanEnvironment,
} from './plan-access';
import { createPlan } from './plan-create';
import { patchPlan } from './plan-patch';
import { findEnvironment } from './state';
import { statusOf, toUpgradePlan } from './view';

/** Upgrade plans: analysis (reviews), planning (order, strategy, schedule), checklist, testing. */
export const planHandlers = [
  route(endpoints.listUpgradePlans, ({ db }) => ({
    items: [...db.upgradePlans]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .map((p) => toUpgradePlan(db, p)),
  })),

  route(endpoints.getUpgradePlan, ({ db, params }) =>
    toUpgradePlan(db, requirePlan(db, params.planId)),
  ),

  route(endpoints.createUpgradePlan, ({ db, now, user, body }) =>
    toUpgradePlan(db, createPlan(db, now, user, body.infrastructureId, body.to)),
  ),

  route(endpoints.updateUpgradePlan, ({ db, now, user, params, body }) => {
    const plan = requireOpenPlan(db, params.planId);
    patchPlan(db, now, user, plan, body);
    return toUpgradePlan(db, plan);
  }),

  route(endpoints.reviewBreakingChange, ({ db, now, user, params, body }) => {
    const plan = requireOpenPlan(db, params.planId);
    const change = plan.changes.find((c) => c.id === params.changeId);
    if (!change) throw problems.notFound('Breaking change', params.changeId);
    if (body.verdict === 'needs-fix' && body.estimateHours === undefined) {
      const message = 'Estimate the hours of code fixing this change needs.';
      throw problems.unprocessable('An estimate is needed', message, [
        { field: 'estimateHours', message },
      ]);
    }
    const before = change.review;
    change.review = body.verdict;
    change.estimateHours = body.estimateHours ?? null;
    change.note = body.note;
    change.reviewedBy = actorOf(user);
    change.reviewedAt = new Date(now).toISOString();
    const estimate = change.estimateHours === null ? '' : ` (${String(change.estimateHours)} h)`;
    changed(db, now, user, plan, `Reviewed "${change.title}": ${body.verdict}${estimate}`, {
      action: 'platform-plan.review',
      from: before,
      to: body.verdict,
    });
    return toUpgradePlan(db, plan);
  }),

  route(endpoints.markChecklistItem, ({ db, now, user, params, body }) => {
    const plan = requireOpenPlan(db, params.planId);
    const env = requirePlanEnvironment(plan, params.environmentId);
    const record = findEnvironment(db, env.environmentId);
    const item =
      record && env.kind === 'application'
        ? checklistFor({ ...record, kind: env.kind }, plan.to).find((i) => i.id === params.itemId)
        : undefined;
    if (!item) throw problems.notFound(`Checklist item of ${env.name}`, params.itemId);
    if (body.done)
      env.ticks[item.id] = { doneBy: actorOf(user), doneAt: new Date(now).toISOString() };
    else env.ticks = Object.fromEntries(Object.entries(env.ticks).filter(([id]) => id !== item.id));
    changed(
      db,
      now,
      user,
      plan,
      `${env.name}: "${item.label}" ${body.done ? 'done' : 'not done'}`,
      {
        action: 'platform-plan.checklist',
        to: body.done ? 'done' : 'not done',
      },
    );
    return toUpgradePlan(db, plan);
  }),

  route(endpoints.recordTesting, ({ db, now, user, params, body }) => {
    const plan = requireOpenPlan(db, params.planId);
    const env = requirePlanEnvironment(plan, params.environmentId);
    if (env.kind === 'lifetime') {
      throw problems.unprocessable(
        'LifeTime has no applications',
        'Test the application environments.',
      );
    }
    const status = statusOf(db, env);
    const prepared =
      publishMode(env.fromVersion, plan.to) === 'gradual' &&
      env.modulePreparation?.status === 'done';
    if (status !== 'published' && status !== 'tested' && !(status === 'upgraded' && prepared)) {
      throw problems.conflict(
        'Nothing to test yet',
        `${env.name} is ${status}: test it after its applications are published in ${plan.to}.`,
      );
    }
    const errors: FieldError[] = [];
    if (!body.hotPoints)
      errors.push({
        field: 'hotPoints',
        message: "Test your applications' hot-points: screens, workflows, operations.",
      });
    if (!body.errorLogClean)
      errors.push({
        field: 'errorLogClean',
        message:
          "Check Service Center's Error Log for application errors or background issues first.",
      });
    if (errors.length > 0) {
      throw problems.unprocessable(
        'Not tested yet',
        errors.map((e) => e.message).join(' '),
        errors,
      );
    }
    env.testing = { ...body, testedBy: actorOf(user), testedAt: new Date(now).toISOString() };
    const apps = plan.environments.filter((e) => e.kind === 'application');
    const done =
      apps.every((e) => e.testing !== null) &&
      plan.environments.every((e) => e.execution.status === 'done');
    if (done) plan.status = 'done';
    changed(db, now, user, plan, `${env.name} tested${done ? ': the plan is done' : ''}`, {
      action: done ? 'platform-plan.done' : 'platform-plan.testing',
      to: 'tested',
    });
    return toUpgradePlan(db, plan);
  }),
];
