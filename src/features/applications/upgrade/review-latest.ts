import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { newIdempotencyKey } from '@/lib/api-client';
import { applicationQueryOptions } from '../api/get-application';
import { applicationAccessQueryOptions } from '../api/get-application-access';
import { applicationKeys } from '../api/keys';
import { useDirectorySearch } from '../components/access/directory-search';
import type { AccessChange } from './review-diff';
import { takeInAccess } from './take-in-access';
import { useWizard } from './wizard-context';

/** What the last "Review the latest" found: the access change saved meanwhile, if any. */
export interface Latest {
  theirs: AccessChange[];
}

/**
 * Re-reads the application and its access and moves the draft onto them: both revisions go with
 * the next Upgrade, and an access change saved meanwhile is taken in under the person's own.
 */
export function useReviewLatest() {
  const { app, draft, record } = useWizard();
  const queryClient = useQueryClient();
  const users = useDirectorySearch('users', '').data?.items ?? [];
  const groups = useDirectorySearch('groups', '').data?.items ?? [];
  const [latest, setLatest] = useState<Latest | null>(null);

  const refresh = async () => {
    // The access is read under the application's key, so this re-reads both.
    await queryClient.invalidateQueries({ queryKey: applicationKeys.detail(app.id) });
    const now = queryClient.getQueryData(applicationQueryOptions(app.id).queryKey);
    const access = queryClient.getQueryData(applicationAccessQueryOptions(app.id).queryKey);
    const moved =
      access && access.revision !== draft.accessRevision
        ? takeInAccess(draft, access, { users, groups })
        : undefined;
    // A 409 for an upgrade already running carries no revision, so the one read is the one to trust.
    record({
      revision: now?.revision ?? draft.revision,
      ...moved?.patch,
      idempotencyKey: newIdempotencyKey(),
    });
    setLatest({ theirs: moved?.theirs ?? [] });
  };

  return { found: latest, refresh, forget: () => setLatest(null) };
}
