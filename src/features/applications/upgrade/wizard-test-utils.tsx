import { useMemo, useState, type ReactElement } from 'react';
import type { ApplicationDetail } from '@/contract/application-detail';
import { applicationEndpoints } from '@/contract/application-endpoints';
import { identityEndpoints } from '@/contract/identity-endpoints';
import { apiCall } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/render';
import { createDraft } from './create-draft';
import type { UpgradeDraft } from './draft-schema';
import { WizardContext, type WizardContextValue } from './wizard-context';

/** The application as the simulator serves it, with a fresh draft for it. */
export async function wizardData(applicationId: string) {
  const app = await apiCall(applicationEndpoints.getApplication, { params: { applicationId } });
  const access = await apiCall(applicationEndpoints.getApplicationAccess, {
    params: { applicationId },
  });
  const users = await apiCall(identityEndpoints.listUsers, { query: { pageSize: 200 } });
  const groups = await apiCall(identityEndpoints.listGroups, { query: { pageSize: 200 } });
  return { app, draft: createDraft(app, access, { users: users.items, groups: groups.items }) };
}

/** Renders one step inside a wizard whose draft lives in state; `drafts` records every change. */
export function renderStep(step: ReactElement, app: ApplicationDetail, initial: UpgradeDraft) {
  const drafts: UpgradeDraft[] = [];
  const steps: string[] = [];
  function Harness() {
    const [draft, setDraft] = useState(initial);
    const value = useMemo<WizardContextValue>(
      () => ({
        app,
        draft,
        change: (_step, patch) =>
          setDraft((d) => {
            const next = { ...d, ...patch, changed: true };
            drafts.push(next);
            return next;
          }),
        record: (patch) => setDraft((d) => ({ ...d, ...patch })),
        goTo: (to) => steps.push(to),
        discard: () => undefined,
      }),
      [draft],
    );
    return <WizardContext value={value}>{step}</WizardContext>;
  }
  return { ...renderWithProviders(<Harness />), drafts, steps };
}
