import { useMemo } from 'react';
import type { Infrastructure } from '@/contract/platform';
import type { UpgradePlan } from '@/contract/platform-plans';
import { useSignedInUser } from '@/components/layout/current-user-context';
import { choicesOf, mergeChoices, sameChoices, type PlanningChoices } from './planning-choices';
import { planningProblems } from './planning-problems';
import type { ChoiceKey } from './planning-request';
import { usePlanningDraft, type PlanningDraft } from './use-planning-draft';
import { useSavePlanning } from './use-save-planning';

function fitsPlan(draft: PlanningDraft, plan: UpgradePlan, stored: PlanningChoices): boolean {
  const ids = (order: readonly string[]) => [...order].sort().join();
  return draft.revision <= plan.revision && ids(draft.choices.order) === ids(stored.order);
}

/** Planning's state: the choices (the draft's, else the plan's), their problems, and saving. */
export function usePlanning(plan: UpgradePlan, infrastructure: Infrastructure) {
  const { user } = useSignedInUser();
  const [held, setDraft] = usePlanningDraft(user?.id, plan.id);
  const stored = useMemo(() => choicesOf(plan), [plan]);
  // A draft of another plan under the same id (the data was reset since) is not this one's.
  const draft = held && fitsPlan(held, plan, stored) ? held : null;
  const choices = draft?.choices ?? stored;
  const saving = useSavePlanning(plan, () => setDraft(null));
  // Checked against the clock at each render: a time that just passed is refused at once.
  const problems = planningProblems(plan, infrastructure, choices, new Date());

  const edit = (key: ChoiceKey, next: PlanningChoices) => {
    saving.clearRefusal(key);
    setDraft({
      revision: draft?.revision ?? plan.revision,
      base: draft?.base ?? stored,
      choices: next,
    });
  };

  const messageAt = (key: ChoiceKey): string | undefined =>
    problems[key] ?? saving.refusal?.fields[key];

  return {
    choices,
    changed: draft !== null && !sameChoices(draft.choices, stored),
    edit,
    messageAt,
    /** The first choice to fix before saving, if any. */
    firstProblem: Object.keys(problems)[0] as ChoiceKey | undefined,
    save: () => (draft ? saving.save(draft) : Promise.resolve()),
    saving: saving.saving,
    failure: saving.failure,
    unplaced: saving.refusal?.unplaced ?? [],
    conflict: saving.conflict,
    keepMine: () => {
      const theirs = saving.conflict?.theirs;
      if (!draft || !theirs) return Promise.resolve();
      const base = choicesOf(theirs);
      const choices = mergeChoices(draft.base, draft.choices, base);
      const rebased = { revision: theirs.revision, base, choices };
      setDraft(rebased);
      saving.endConflict();
      return saving.save(rebased);
    },
    takeTheirs: () => {
      setDraft(null);
      saving.endConflict();
    },
    discard: () => setDraft(null),
  };
}

export type Planning = ReturnType<typeof usePlanning>;
