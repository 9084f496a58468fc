import { createContext, useContext } from 'react';
import type { ApplicationDetail } from '@/contract/application-detail';
import type { UpgradeStep } from '@/config/paths';
import type { UpgradeDraft } from './draft-schema';

export interface WizardContextValue {
  app: ApplicationDetail;
  draft: UpgradeDraft;
  /** A changed choice: marks the draft changed, gets a new Idempotency-Key, drops the step's refusals. */
  change: (step: UpgradeStep, patch: Partial<UpgradeDraft>) => void;
  /** Bookkeeping that is not a choice (the step reached, a refusal to show). */
  record: (patch: Partial<UpgradeDraft>) => void;
  goTo: (step: UpgradeStep, search?: string) => void;
  /** Forgets the draft (finish or confirmed Cancel). */
  discard: () => void;
}

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error('useWizard() outside the upgrade wizard');
  return value;
}
