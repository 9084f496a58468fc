import type { AppVersion, AppVersionAction, AppVersionRefusalCode } from '@/contract/self-hosted';

export const actionLabels: Record<AppVersionAction, string> = {
  register: 'Register to Test',
  withdraw: 'Withdraw registration',
  'confirm-update': 'Confirm Update',
  'confirm-reactivate': 'Confirm Reactivate',
};

/** An action a version shows: usable, or shown disabled with the server's reason. */
export interface OfferedAction {
  action: AppVersionAction;
  label: string;
  /** Why it cannot be used now; absent when it can. */
  reason?: string;
}

/**
 * Refusals worth showing as a disabled action, because a person would look for that action on
 * that version now (another version holds the registration, a switch runs, the registration
 * is still running). Everything else the server refuses is simply not offered: Confirm on a
 * version nobody registered, Register on the active one, the wrong direction.
 */
const lookedFor: Record<AppVersionAction, readonly AppVersionRefusalCode[]> = {
  register: ['registration-exists', 'switch-running'],
  withdraw: ['registration-running'],
  'confirm-update': ['registration-running'],
  'confirm-reactivate': ['registration-running'],
};

const order: readonly AppVersionAction[] = [
  'confirm-update',
  'confirm-reactivate',
  'register',
  'withdraw',
];

/** Statuses in which a version already holds the one registration slot. */
const holding: readonly AppVersion['status'][] = ['registering', 'registered', 'switching'];

/** Whether a refused action would be looked for on this version at all. */
function fitsVersion(version: AppVersion, action: AppVersionAction): boolean {
  if (action === 'confirm-update') return version.relation === 'newer';
  if (action === 'confirm-reactivate') return version.relation === 'earlier';
  if (action === 'register')
    return version.relation !== 'active' && !holding.includes(version.status);
  return true;
}

/** What a version's row offers, in the order shown: the server's `actions` first-class. */
export function offeredActions(version: AppVersion): OfferedAction[] {
  const offered: OfferedAction[] = [];
  for (const action of order) {
    if (version.actions.includes(action)) {
      offered.push({ action, label: actionLabels[action] });
      continue;
    }
    const refusal = version.unavailableActions.find((u) => u.action === action);
    if (refusal && lookedFor[action].includes(refusal.code) && fitsVersion(version, action)) {
      offered.push({ action, label: actionLabels[action], reason: refusal.reason });
    }
  }
  return offered;
}
