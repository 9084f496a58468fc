import type { UpgradePlan } from '@/contract/platform-plans';
import { absoluteTime } from '@/lib/format';
import { STRATEGY_TEXT } from '../../environment-rules';
import { scheduleOf, type EnvironmentChoice, type PlanningChoices } from './planning-choices';

/** "Dec 1, 2026, 10:00 AM (Europe/Lisbon)", or "not scheduled". */
export function scheduleText(choice: EnvironmentChoice | undefined): string {
  const schedule = scheduleOf(choice);
  if (!schedule) return 'not scheduled';
  return `${absoluteTime(schedule.at, { timeZone: schedule.timeZone })} (${schedule.timeZone})`;
}

/**
 * What someone else changed between the plan this person started from (`base`) and the plan
 * as stored now (`theirs`), one sentence each; empty when only other parts of the plan moved.
 */
export function choiceDifferences(
  plan: UpgradePlan,
  base: PlanningChoices,
  theirs: PlanningChoices,
): string[] {
  const nameOf = (id: string) => plan.environments.find((e) => e.environmentId === id)?.name ?? id;
  const lines: string[] = [];
  if (base.order.join() !== theirs.order.join()) {
    lines.push(
      `Order: now ${theirs.order.map(nameOf).join(', ')} (was ${base.order.map(nameOf).join(', ')}).`,
    );
  }
  for (const env of plan.environments) {
    const id = env.environmentId;
    const was = base.environments[id];
    const now = theirs.environments[id];
    if (!was || !now) continue;
    if (was.strategy !== now.strategy) {
      lines.push(
        `${env.name}: ${STRATEGY_TEXT[now.strategy].label} (was ${STRATEGY_TEXT[was.strategy].label}).`,
      );
    }
    const [wasText, nowText] = [scheduleText(was), scheduleText(now)];
    if (wasText !== nowText) lines.push(`${env.name}: ${nowText} (was ${wasText}).`);
  }
  return lines;
}
