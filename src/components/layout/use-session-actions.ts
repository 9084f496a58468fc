import { useCallback, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useRevalidator } from 'react-router';
import { useStandalone } from '@/lib/standalone';
import { markSignedIn, markSignedOut } from './session-store';

/**
 * Switching person, signing out and resetting the simulator all change what the server answers,
 * so every query and every route loader runs again afterwards.
 */
export function useSessionActions() {
  const standalone = useStandalone();
  const queryClient = useQueryClient();
  const { revalidate } = useRevalidator();

  const refetchEverything = useCallback(async () => {
    await queryClient.resetQueries();
    await revalidate();
  }, [queryClient, revalidate]);

  return useMemo(
    () => ({
      signInAs: async (userId: string) => {
        standalone?.signInAs(userId);
        markSignedIn();
        await refetchEverything();
      },
      signOut: () => {
        standalone?.signOut();
        markSignedOut();
      },
      resetData: async () => {
        standalone?.resetData();
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
