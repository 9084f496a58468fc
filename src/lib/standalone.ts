import { createContext, useContext, type ComponentType } from 'react';

export interface Persona {
  userId: string;
  name: string;
  roleLabel: string;
}

/**
 * What the built-in simulator offers the shell when the console runs standalone. Production
 * builds provide nothing, so every standalone-only control disappears with it.
 */
export interface StandaloneControls {
  personas: Persona[];
  signInAs(userId: string): void;
  signOut(): void;
  resetData(): void;
  /** The mock-controls panel (latency, failures, offline, large dataset). */
  Panel: ComponentType<{ open: boolean; onClose: () => void }>;
}

export const StandaloneContext = createContext<StandaloneControls | null>(null);

export function useStandalone(): StandaloneControls | null {
  return useContext(StandaloneContext);
}
