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

/** The wizard's draft: restored from localStorage, else built from what was read; saved on change. */
export function useUpgradeDraft(applicationId: string, { app, access, users, groups }: Sources) {
  const [draft, setDraft] = useState<UpgradeDraft | null>(() => loadDraft(applicationId));
  const [discarded, setDiscarded] = useState(false);
  if (!draft && !discarded && app && access && users && groups) {
    setDraft(createDraft(app, access, { users, groups }));
  }

  useEffect(() => {
    if (draft && !discarded) saveDraft(draft);
  }, [draft, discarded]);

  const change = useCallback((step: UpgradeStep, patch: Partial<UpgradeDraft>) => {
    const key = newIdempotencyKey();
    setDraft((d) => {
      if (!d) return d;
      const serverErrors = Object.fromEntries(
        Object.entries(d.serverErrors).filter(([field]) => stepOfField(field) !== step),
      );
      return { ...d, ...patch, changed: true, idempotencyKey: key, serverErrors };
    });
  }, []);

  const record = useCallback((patch: Partial<UpgradeDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
  }, []);

  const discard = useCallback(() => {
    setDiscarded(true);
    clearDraft(applicationId);
  }, [applicationId]);

  return { draft, change, record, discard };
}
