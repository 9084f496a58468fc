import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { UpgradePlan } from '@/contract/platform-plans';
import { isApiError } from '@/lib/problem';
import { upgradePlanQueryOptions } from '../../api/get-upgrade-plan';
import { useUpdateUpgradePlan } from '../../api/update-upgrade-plan';
import { choiceDifferences } from './planning-diff';
import { choicesOf, sameChoices } from './planning-choices';
import { placeRefusal, planningRequest, type ChoiceKey } from './planning-request';
import type { PlanningDraft } from './use-planning-draft';

export interface Refusal {
  fields: Partial<Record<ChoiceKey, string>>;
  unplaced: string[];
}

export interface Conflict {
  /** The plan as stored now. */
  theirs: UpgradePlan;
  /** What they changed in Planning, one sentence each. */
  changes: string[];
}

/**
 * Saving the draft with the revision it started from. A plan that moved only elsewhere (a review
 * of a breaking change) is caught up silently; a 409 over Planning's own choices keeps the draft
 * and says what changed; a 422 puts each refusal at its choice.
 */
export function useSavePlanning(plan: UpgradePlan, onSaved: () => void) {
  const client = useQueryClient();
  const update = useUpdateUpgradePlan();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const send = async (draft: PlanningDraft, latest: UpgradePlan, retried = false) => {
    const revision =
      latest.revision > draft.revision && sameChoices(choicesOf(latest), draft.base)
        ? latest.revision
        : draft.revision;
    const body = planningRequest(latest, draft.choices, revision);
    try {
      await update.mutateAsync({ planId: latest.id, body });
      setConflict(null);
      setRefusal(null);
      onSaved();
    } catch (error) {
      if (!isApiError(error)) return;
      if (error.status === 422) setRefusal(placeRefusal(body, error.fieldErrors));
      if (error.status !== 409) return;
      const theirs = await client.query({ ...upgradePlanQueryOptions(latest.id), staleTime: 0 });
      const changes = choiceDifferences(theirs, draft.base, choicesOf(theirs));
      // Only other parts of the plan moved: nothing of theirs is lost by saving over it.
      if (changes.length === 0 && !retried) {
        await send({ ...draft, revision: theirs.revision, base: choicesOf(theirs) }, theirs, true);
        return;
      }
      setConflict({ theirs, changes });
    }
  };

  return {
    save: (draft: PlanningDraft) => send(draft, plan).catch(() => undefined),
    saving: update.isPending,
    /** A failure with no choice to show it at (offline, 500, 403), with a Retry. */
    failure:
      isApiError(update.error) && [409, 422].includes(update.error.status) ? null : update.error,
    refusal,
    clearRefusal: (key: ChoiceKey) =>
      setRefusal((r) => (r?.fields[key] ? { ...r, fields: { ...r.fields, [key]: undefined } } : r)),
    conflict,
    endConflict: () => setConflict(null),
  };
}
