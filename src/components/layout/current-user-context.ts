import { createContext, useContext } from 'react';
import type { CurrentUser } from '@/contract/identity';

export interface SignedInUser {
  /** Undefined while loading, when signed out, or when the profile failed to load. */
  user: CurrentUser | undefined;
  isPending: boolean;
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
