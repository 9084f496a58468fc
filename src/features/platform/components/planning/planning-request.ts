import type { EndpointBody } from '@/contract/endpoint';
import type { endpoints } from '@/contract/endpoints';
import type { UpgradePlan } from '@/contract/platform-plans';
import { applyChoices, choicesOf, scheduleOf, type PlanningChoices } from './planning-choices';

export type PlanningRequest = EndpointBody<typeof endpoints.updateUpgradePlan>;

/** Where a choice sits on screen: 'order', or '<environmentId>.strategy|at|timeZone'. */
export type ChoiceKey = 'order' | `${string}.${'strategy' | 'at' | 'timeZone'}`;

/**
 * The PATCH for these choices over the plan as stored: the order when it moved, and the
 * environments whose strategy or schedule changed.
 */
export function planningRequest(
  plan: UpgradePlan,
  choices: PlanningChoices,
  revision: number,
): PlanningRequest {
  const stored = choicesOf(plan);
  const applied = applyChoices(plan, choices);
  const order = applied.environments
    .filter((e) => e.kind === 'application')
    .map((e) => e.environmentId);
  const environments = applied.environments.flatMap((env) => {
    const mine = choices.environments[env.environmentId];
    const theirs = stored.environments[env.environmentId];
    if (!mine || !theirs) return [];
    const strategyChanged = env.kind === 'application' && mine.strategy !== theirs.strategy;
    const schedule = scheduleOf(mine);
    const scheduleChanged = JSON.stringify(schedule) !== JSON.stringify(scheduleOf(theirs));
    if (!strategyChanged && !scheduleChanged) return [];
    return [
      {
        environmentId: env.environmentId,
        ...(strategyChanged ? { strategy: mine.strategy } : {}),
        ...(scheduleChanged ? { schedule } : {}),
      },
    ];
  });
  return {
    revision,
    ...(order.join() !== stored.order.join() ? { order } : {}),
    ...(environments.length > 0 ? { environments } : {}),
  };
}

/**
 * A refusal's field errors (keyed like the request body: `order`, `environments.1.schedule.at`)
 * at the choice they are about; what no choice owns is returned apart.
 */
export function placeRefusal(
  request: PlanningRequest,
  fieldErrors: Record<string, string>,
): { fields: Partial<Record<ChoiceKey, string>>; unplaced: string[] } {
  const fields: Partial<Record<ChoiceKey, string>> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors)) {
    const key = choiceKeyOf(request, path);
    if (key) fields[key] ??= message;
    else unplaced.push(message);
  }
  return { fields, unplaced };
}

function choiceKeyOf(request: PlanningRequest, path: string): ChoiceKey | undefined {
  if (path === 'order' || path.startsWith('order.')) return 'order';
  const m = /^environments\.(\d+)\.(strategy|schedule)(?:\.(at|timeZone))?$/.exec(path);
  const id = m ? request.environments?.[Number(m[1])]?.environmentId : undefined;
  if (!m || !id) return undefined;
  if (m[2] === 'strategy') return `${id}.strategy`;
  return `${id}.${m[3] === 'timeZone' ? 'timeZone' : 'at'}`;
}
