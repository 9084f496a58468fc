import { useCallback, useEffect, useState } from 'react';
import type { ApplicationDetail } from '@/contract/application-detail';
import type { ApplicationAccess } from '@/contract/applications';
import type { UpgradeStep } from '@/config/paths';
import { newIdempotencyKey } from '@/lib/api-client';
import { createDraft } from './create-draft';
import type { Principal, UpgradeDraft } from './draft-schema';
import { clearDraft, loadDraft, saveDraft } from './draft-storage';
import { stepOfField } from './step-errors';

interface Sources {
  app?: ApplicationDetail;
  access?: ApplicationAccess;
  users?: readonly Principal[];
  groups?: readonly Principal[];
}

/**
 * The wizard's draft for the signed-in person: restored (this tab's, else the stored one), else
 * built from what was read; saved on change. Without a person nothing is stored.
 */
export function useUpgradeDraft(
  userId: string | undefined,
  applicationId: string,
  { app, access, users, groups }: Sources,
) {
  const owner = `${userId ?? ''}.${applicationId}`;
  // The draft belongs to one person and application: another one starts from scratch.
  const [held, setHeld] = useState<{ owner: string; draft: UpgradeDraft } | null>(null);
  const [discarded, setDiscarded] = useState<string | null>(null);
  const draft = held?.owner === owner ? held.draft : null;
  if (!draft && discarded !== owner && app?.id === applicationId) {
    const restored = userId ? loadDraft(userId, app) : null;
    const fresh =
      restored ?? (access && users && groups ? createDraft(app, access, { users, groups }) : null);
    if (fresh) setHeld({ owner, draft: fresh });
  }

  useEffect(() => {
    if (draft && userId && discarded !== owner) saveDraft(userId, draft, Date.now());
  }, [draft, userId, discarded, owner]);

  const update = useCallback(
    (next: (d: UpgradeDraft) => UpgradeDraft) =>
      setHeld((h) => (h?.owner === owner ? { owner, draft: next(h.draft) } : h)),
    [owner],
  );

  const change = useCallback(
    (step: UpgradeStep, patch: Partial<UpgradeDraft>) => {
      const key = newIdempotencyKey();
      update((d) => {
        const serverErrors = Object.fromEntries(
          Object.entries(d.serverErrors).filter(([field]) => stepOfField(field) !== step),
        );
        return { ...d, ...patch, changed: true, idempotencyKey: key, serverErrors };
      });
    },
    [update],
  );

  const record = useCallback(
    (patch: Partial<UpgradeDraft>) => update((d) => ({ ...d, ...patch })),
    [update],
  );

  const discard = useCallback(() => {
    setDiscarded(owner);
    if (userId) clearDraft(userId, applicationId);
  }, [owner, userId, applicationId]);

  return { draft, change, record, discard };
}
