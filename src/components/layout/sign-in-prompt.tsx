import { useEffect } from 'react';
import Typography from '@mui/material/Typography';
import LoginIcon from '@mui/icons-material/Login';
import { MessagePage } from '@/components/feedback/message-page';
import { env } from '@/config/env';
import { markContentPainted } from '@/lib/after-content';
import { useStandalone } from '@/lib/standalone';
import { DrawnButton } from '@/components/buttons/drawn-button';
import { useSessionActions } from './use-session-actions';

/** The "You are signed out" screen; in standalone mode it offers the seeded people. */
export function SignInPrompt() {
  const standalone = useStandalone();
  const { signInAs, recheck } = useSessionActions();
  // The screen is all there is: what waits for a page's content (the theme button) may load.
  useEffect(markContentPainted, []);

  return (
    <MessagePage icon={<LoginIcon />} title="You are signed out" focusHeading>
      {standalone ? (
        <standalone.SignInChoices onChoose={(userId) => void signInAs(userId)} />
      ) : (
        <>
          <Typography color="textSecondary">
            {env.VITE_SIGN_IN_URL
              ? 'Sign in to see and upgrade your deployed software.'
              : 'Sign in through your organisation’s portal, then check again here.'}
          </Typography>
          {env.VITE_SIGN_IN_URL ? (
            <DrawnButton variant="contained" href={env.VITE_SIGN_IN_URL}>
              Sign in
            </DrawnButton>
          ) : (
            <DrawnButton variant="outlined" onClick={() => void recheck()}>
              Check again
            </DrawnButton>
          )}
        </>
      )}
    </MessagePage>
  );
}
