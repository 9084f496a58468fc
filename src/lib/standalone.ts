import { createContext, useContext, type ComponentType, type Ref } from 'react';

export interface Persona {
  userId: string;
  name: string;
  roleLabel: string;
}

export interface StandaloneAccountActionsProps {
  ref?: Ref<HTMLUListElement>;
  personas: readonly Persona[];
  currentUserId: string;
  onSwitch: (persona: Persona) => void;
  onOpenSimulator: () => void;
  onResetData: () => void;
  onSignOut: () => void;
}

/**
 * What the built-in simulator offers the shell when the console runs standalone. Production
 * builds provide nothing, so every standalone-only control, and every word of it, disappears
 * with it (scripts/check-no-mocks.mjs looks for those words in the build).
 */
export interface StandaloneControls {
  personas: Persona[];
  signInAs(userId: string): Promise<void>;
  signOut(): Promise<void>;
  resetData(): Promise<void>;
  /** The mock-controls panel (latency, failures, offline, large dataset). */
  Panel: ComponentType<{ open: boolean; onClose: () => void }>;
  /** The app bar's "Standalone — simulated data" marker. */
  Badge: ComponentType;
  /** The user menu's items: switch person, simulator controls, reset, sign out. */
  AccountActions: ComponentType<StandaloneAccountActionsProps>;
  /** "Reset demo data?" */
  ResetDialog: ComponentType<{ open: boolean; onCancel: () => void; onConfirm: () => void }>;
  /** The signed-out screen's list of seeded people to sign in as. */
  SignInChoices: ComponentType<{ onChoose: (userId: string) => void }>;
}

export const StandaloneContext = createContext<StandaloneControls | null>(null);

export function useStandalone(): StandaloneControls | null {
  return useContext(StandaloneContext);
}
