import * as z from 'zod/mini';
import { useSessionDraft } from '@/lib/use-session-draft';
import { PlanningChoices } from './planning-choices';

const PREFIX = 'upshift.platform-plan-draft.';

export const PlanningDraft = z.object({
  /** The revision the choices started from: saving sends it, so a later change is a 409. */
  revision: z.int().check(z.gte(1)),
  /** The plan's choices at that revision: what someone else changed is measured from here. */
  base: PlanningChoices,
  choices: PlanningChoices,
});
export type PlanningDraft = z.infer<typeof PlanningDraft>;

/**
 * The person's unsaved Planning choices, in this tab's sessionStorage so a reload, a 409 or a
 * failed save loses nothing; null while they keep the plan as stored.
 */
export function usePlanningDraft(userId: string | undefined, planId: string) {
  return useSessionDraft(PlanningDraft, userId ? `${PREFIX}${userId}.${planId}` : null);
}
