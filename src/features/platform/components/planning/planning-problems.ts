import type { Infrastructure } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';
import { zeroDowntimeBlocker, zeroDowntimeRefusal } from '../../environment-rules';
import { orderProblem, scheduleProblem } from '../../plan-rules';
import { applyChoices, choicesOf, type PlanningChoices } from './planning-choices';
import type { ChoiceKey } from './planning-request';
import { zonedInputToIso } from './zoned-time';

/** The zone short of front-ends for zero-downtime, named; null when every zone has enough. */
export function zeroDowntimeReason(
  infrastructure: Infrastructure,
  environmentId: string,
): string | null {
  const env = infrastructure.environments.find((e) => e.id === environmentId);
  if (!env) return null;
  const zone = zeroDowntimeBlocker(env.zones);
  return zone ? zeroDowntimeRefusal(env.name, zone) : null;
}

/**
 * What the same rules the simulator enforces refuse in these choices, at the choice to fix:
 * Production first, zero-downtime without the front-ends, a changed schedule past or zone-less.
 */
export function planningProblems(
  plan: UpgradePlan,
  infrastructure: Infrastructure,
  choices: PlanningChoices,
  now: Date,
): Partial<Record<ChoiceKey, string>> {
  const problems: Partial<Record<ChoiceKey, string>> = {};
  const order = orderProblem(applyChoices(plan, choices).environments);
  if (order) problems.order = order;
  const stored = choicesOf(plan).environments;
  for (const env of plan.environments) {
    const id = env.environmentId;
    const choice = choices.environments[id];
    if (!choice) continue;
    if (choice.strategy === 'zero-downtime') {
      const reason = zeroDowntimeReason(infrastructure, id);
      if (reason) problems[`${id}.strategy`] = reason;
    }
    const before = stored[id];
    const unchanged = before?.at === choice.at && before.timeZone === choice.timeZone;
    if (!choice.at || unchanged) continue;
    const at = choice.timeZone ? zonedInputToIso(choice.at, choice.timeZone) : choice.at;
    const problem = scheduleProblem({ at, timeZone: choice.timeZone }, now);
    if (problem) problems[`${id}.${problem.field}`] = problem.message;
  }
  return problems;
}
