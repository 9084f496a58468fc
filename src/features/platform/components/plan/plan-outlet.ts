import type { Infrastructure } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';

/**
 * What the plan's page hands each phase (`useOutletContext<PlanOutlet>()` in the phase's route):
 * the plan, kept live while work runs, and its infrastructure with environments and sprints.
 */
export interface PlanOutlet {
  plan: UpgradePlan;
  infrastructure: Infrastructure;
}
