import * as z from 'zod/mini';
import type { PlanEnvironment, UpgradePlan } from '@/contract/platform-plans';
import { Strategy } from '@/contract/platform-plans';
import { browserTimeZone, isoToZonedInput, zonedInputToIso } from './zoned-time';

/** One environment's choices as typed: a wall-clock time ('' when unscheduled) in a zone. */
export const EnvironmentChoice = z.object({
  strategy: Strategy,
  at: z.string(),
  timeZone: z.string(),
});
export type EnvironmentChoice = z.infer<typeof EnvironmentChoice>;

/** What Planning edits: the application environments' order, and each one's choices. */
export const PlanningChoices = z.object({
  order: z.array(z.string()),
  environments: z.record(z.string(), EnvironmentChoice),
});
export type PlanningChoices = z.infer<typeof PlanningChoices>;

function choiceOf(env: PlanEnvironment): EnvironmentChoice {
  if (!env.schedule) return { strategy: env.strategy, at: '', timeZone: browserTimeZone() };
  const { at, timeZone } = env.schedule;
  return { strategy: env.strategy, at: isoToZonedInput(at, timeZone), timeZone };
}

/** The plan's choices as stored. */
export function choicesOf(plan: UpgradePlan): PlanningChoices {
  return {
    order: plan.environments.filter((e) => e.kind === 'application').map((e) => e.environmentId),
    environments: Object.fromEntries(plan.environments.map((e) => [e.environmentId, choiceOf(e)])),
  };
}

export function sameChoices(a: PlanningChoices, b: PlanningChoices): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(c: PlanningChoices) {
  const ids = Object.keys(c.environments).sort();
  return {
    order: c.order,
    environments: ids.map((id) => {
      const e = c.environments[id];
      // An unscheduled environment has no zone to compare.
      return e ? [id, e.strategy, e.at, e.at ? e.timeZone : ''] : [id];
    }),
  };
}

/** The schedule a choice stands for: null when unscheduled or not yet a valid time and zone. */
export function scheduleOf(choice: EnvironmentChoice | undefined) {
  if (!choice?.at) return null;
  const at = zonedInputToIso(choice.at, choice.timeZone);
  return at ? { at, timeZone: choice.timeZone } : null;
}

/**
 * The plan as it would be with these choices: LifeTime keeps its place (first), the application
 * environments follow in the chosen order with their strategy and schedule.
 */
export function applyChoices(plan: UpgradePlan, choices: PlanningChoices): UpgradePlan {
  const byId = new Map(plan.environments.map((e) => [e.environmentId, e]));
  const lifeTime = plan.environments.filter((e) => e.kind === 'lifetime');
  const ordered = choices.order.flatMap((id) => {
    const env = byId.get(id);
    return env?.kind === 'application' ? [env] : [];
  });
  // Environments the choices do not name (added since) keep their place at the end.
  const rest = plan.environments.filter(
    (e) => e.kind === 'application' && !choices.order.includes(e.environmentId),
  );
  const environments = [...lifeTime, ...ordered, ...rest].map((env) => {
    const choice = choices.environments[env.environmentId];
    if (!choice) return env;
    return { ...env, strategy: choice.strategy, schedule: scheduleOf(choice) };
  });
  return { ...plan, environments };
}

/**
 * Someone else saved `theirs` over the `base` this person started from: their changes are kept
 * wherever this person changed nothing (the order; each environment's strategy; its schedule).
 */
export function mergeChoices(
  base: PlanningChoices,
  mine: PlanningChoices,
  theirs: PlanningChoices,
): PlanningChoices {
  const order = mine.order.join() === base.order.join() ? theirs.order : mine.order;
  const environments = Object.fromEntries(
    Object.entries(theirs.environments).map(([id, their]) => {
      const was = base.environments[id];
      const now = mine.environments[id];
      if (!was || !now) return [id, their];
      const strategy = now.strategy === was.strategy ? their.strategy : now.strategy;
      const scheduleKept = now.at === was.at && (!now.at || now.timeZone === was.timeZone);
      const { at, timeZone } = scheduleKept ? their : now;
      return [id, { strategy, at, timeZone }];
    }),
  );
  return { order, environments };
}
