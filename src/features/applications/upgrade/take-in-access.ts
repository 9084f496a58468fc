import type { ApplicationAccess } from '@/contract/applications';
import { principalsOf } from '../components/access/principal';
import { accessIdsOf } from './create-draft';
import {
  accessFields,
  type AccessDraft,
  type AccessIds,
  type Principal,
  type UpgradeDraft,
} from './draft-schema';
import { accessChanges, type AccessChange } from './review-diff';

interface Directory {
  users: readonly Principal[];
  groups: readonly Principal[];
}

const named = (ids: AccessIds, { users, groups }: Directory): AccessDraft => ({
  adminUsers: principalsOf(ids.adminUsers, users),
  adminGroups: principalsOf(ids.adminGroups, groups),
  userUsers: principalsOf(ids.userUsers, users),
  userGroups: principalsOf(ids.userGroups, groups),
});

/**
 * The draft moved onto the latest access (a three-way merge per list): the change saved by
 * someone else since the draft's base is taken in, and what the person added or removed
 * themselves is applied on top. `theirs` lists that other change, to tell the person.
 */
export function takeInAccess(
  draft: UpgradeDraft,
  latest: ApplicationAccess,
  directory: Directory,
): {
  patch: Pick<UpgradeDraft, 'access' | 'accessBase' | 'accessRevision'>;
  theirs: AccessChange[];
} {
  const base = draft.accessBase;
  const next = accessIdsOf(latest);
  const latestNamed = named(next, directory);
  const access = { ...draft.access };
  for (const field of accessFields) {
    const mine = draft.access[field];
    const removed = base[field].filter((id) => !mine.some((p) => p.id === id));
    const added = mine.filter((p) => !base[field].includes(p.id) && !next[field].includes(p.id));
    const kept = latestNamed[field]
      .filter((p) => !removed.includes(p.id))
      .map((p) => mine.find((m) => m.id === p.id) ?? p);
    access[field] = [...kept, ...added];
  }
  return {
    patch: { access, accessBase: next, accessRevision: latest.revision },
    theirs: accessChanges(named(base, directory), latestNamed),
  };
}
