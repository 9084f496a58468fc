import { useCallback, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { env } from '@/config/env';
import { endSession } from '@/lib/sign-out';
import { useStandalone } from '@/lib/standalone';
import { useRouterActions } from '@/components/list/plain-link';
import { markSignedIn, markSignedOut } from './session-store';

/**
 * Switching person, signing out and resetting the simulator all change what the server answers,
 * so every query and every route loader runs again afterwards.
 */
export function useSessionActions() {
  const standalone = useStandalone();
  const queryClient = useQueryClient();
  const { revalidate } = useRouterActions();

  const refetchEverything = useCallback(async () => {
    await queryClient.resetQueries();
    await revalidate();
  }, [queryClient, revalidate]);

  return useMemo(
    () => ({
      signInAs: async (userId: string) => {
        await standalone?.signInAs(userId);
        markSignedIn();
        await refetchEverything();
      },
      /** Against a real server, once it has ended the session (it throws if it could not). */
      signOut: async () => {
        if (standalone) await standalone.signOut();
        else if (env.VITE_SIGN_OUT_URL) {
          await endSession(env.VITE_SIGN_OUT_URL, env.VITE_API_TIMEOUT_MS);
        }
        markSignedOut();
      },
      resetData: async () => {
        await standalone?.resetData();
        await refetchEverything();
      },
      /** After an outside sign-in (e.g. in another tab): ask the server again. */
      recheck: async () => {
        markSignedIn();
        await refetchEverything();
      },
    }),
    [standalone, refetchEverything],
  );
}
