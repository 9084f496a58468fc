import { useSyncExternalStore } from 'react';

/*
 * "Signed out" is remembered outside the query cache: any 401 (from any endpoint, reported by
 * the API client's onUnauthorized) flips it, and only an explicit sign-in clears it.
 */
let signedOut = false;
const listeners = new Set<() => void>();

function setSignedOut(value: boolean) {
  if (signedOut === value) return;
  signedOut = value;
  listeners.forEach((listener) => listener());
}

export const markSignedOut = () => setSignedOut(true);
export const markSignedIn = () => setSignedOut(false);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useSignedOutFlag(): boolean {
  return useSyncExternalStore(subscribe, () => signedOut);
}
