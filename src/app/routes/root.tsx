import { Suspense, useMemo } from 'react';
import Box from '@mui/material/Box';
import { Outlet } from 'react-router';
import { PanelError } from '@/components/feedback/panel-error';
import { PageSkeleton } from '@/components/feedback/skeletons';
import { AppShell } from '@/components/layout/app-shell';
import { CurrentUserContext } from '@/components/layout/current-user-context';
import { useSignedOutFlag } from '@/components/layout/session-store';
import { PlainLinkNavigation } from '@/components/list/plain-link';
import { SignInPrompt } from '@/components/layout/sign-in-prompt';
import { useCurrentUser } from '@/features/identity/api/get-current-user';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';
import { isApiError } from '@/lib/problem';

/** Like the header's own controls, the Inbox button comes once the page's content has painted. */
const inboxButton = deferredModule(() => import('@/features/inbox/components/inbox-button'));

/** Layout route: the shell around every page, or the sign-in screen once the session is gone. */
export function RootLayout() {
  const { data, error, isPending, refetch, isRefetching } = useCurrentUser();
  const signedOut = useSignedOutFlag() || (isApiError(error) && error.status === 401);
  // Only a profile that is missing now is unknown; a failed refetch keeps the one we have.
  const profileError = !signedOut && !data && error ? error : undefined;
  const signedInUser = useMemo(
    () => ({
      user: signedOut ? undefined : data,
      isPending,
      profileError,
      retryProfile: () => void refetch(),
      retryingProfile: isRefetching,
    }),
    [signedOut, data, isPending, profileError, refetch, isRefetching],
  );

  const userId = signedOut ? undefined : data?.id;
  const InboxButton = useModuleAfterContent(inboxButton, { first: true })?.InboxButton;
  // The same element while the same person is signed in: the header is memoised on it.
  const headerActions = useMemo(
    () => (userId === undefined || !InboxButton ? null : <InboxButton userId={userId} />),
    [userId, InboxButton],
  );

  return (
    <CurrentUserContext value={signedInUser}>
      <PlainLinkNavigation>
        <AppShell signedIn={!signedOut} headerActions={headerActions}>
          {signedOut ? (
            <SignInPrompt />
          ) : (
            <>
              {error ? (
                <Box sx={{ mb: 2 }}>
                  <PanelError
                    error={error}
                    title="Your profile could not be loaded"
                    onRetry={() => void refetch()}
                    retrying={isRefetching}
                  />
                </Box>
              ) : null}
              <Suspense fallback={<PageSkeleton />}>
                <Outlet />
              </Suspense>
            </>
          )}
        </AppShell>
      </PlainLinkNavigation>
    </CurrentUserContext>
  );
}
