import { createContext, useContext } from 'react';
import type { CurrentUser } from '@/contract/identity';

export interface SignedInUser {
  /** Undefined while loading, when signed out, or when the profile failed to load. */
  user: CurrentUser | undefined;
  isPending: boolean;
  /**
   * Why the profile could not be loaded (500, timeout, offline; not a 401). While it is set,
   * nobody knows what this person may do: say so, never that they lack a role.
   */
  profileError?: unknown;
  /** Asks for the profile again. */
  retryProfile?: () => void;
  retryingProfile?: boolean;
}

/**
 * The shell (app layer) provides the signed-in person here, so shared components such as
 * <Can> read it without importing the identity feature. Tests can provide a user directly.
 */
export const CurrentUserContext = createContext<SignedInUser>({
  user: undefined,
  isPending: false,
});

export function useSignedInUser(): SignedInUser {
  return useContext(CurrentUserContext);
}
