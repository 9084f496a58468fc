import { paths, planPhases, type PlanPhase } from '@/config/paths';

export const PLAN_PANEL_ID = 'plan-phase-panel';

export function phaseTabId(phase: PlanPhase): string {
  return `plan-tab-${phase}`;
}

/** The phase the URL names: …/execution/<environmentId> is still Execution. */
export function activePhase(pathname: string, planId: string): PlanPhase {
  const prefix = paths.platform.plan.href(planId, 'analysis').replace(/analysis$/, '');
  const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
  const first = rest.split('/')[0];
  return planPhases.find((phase) => phase === first) ?? 'analysis';
}
