import { useId } from 'react';
import Avatar from '@mui/material/Avatar';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import LoginIcon from '@mui/icons-material/Login';
import { MessagePage } from '@/components/feedback/message-page';
import { env } from '@/config/env';
import { useStandalone } from '@/lib/standalone';
import { initials } from './initials';
import { useSessionActions } from './use-session-actions';

/** The "You are signed out" screen; in standalone mode it offers the seeded people. */
export function SignInPrompt() {
  const standalone = useStandalone();
  const { signInAs, recheck } = useSessionActions();
  const listHeadingId = useId();

  return (
    <MessagePage icon={<LoginIcon />} title="You are signed out" focusHeading>
      {standalone ? (
        <>
          <Typography color="text.secondary">
            This console runs on simulated data. Pick the person to sign in as; each has a different
            console role.
          </Typography>
          <Typography id={listHeadingId} variant="h2" sx={{ fontSize: '1rem', pt: 1 }}>
            Sign in as
          </Typography>
          <Paper variant="outlined" sx={{ width: '100%' }}>
            <List aria-labelledby={listHeadingId} disablePadding>
              {standalone.personas.map((persona) => (
                <ListItem key={persona.userId} disablePadding divider>
                  <ListItemButton onClick={() => void signInAs(persona.userId)}>
                    <ListItemAvatar>
                      <Avatar
                        aria-hidden="true"
                        sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}
                      >
                        {initials(persona.name)}
                      </Avatar>
                    </ListItemAvatar>
                    <ListItemText primary={persona.name} secondary={persona.roleLabel} />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          </Paper>
        </>
      ) : (
        <>
          <Typography color="text.secondary">
            {env.VITE_SIGN_IN_URL
              ? 'Sign in to see and upgrade your deployed software.'
              : 'Sign in through your organisation’s portal, then check again here.'}
          </Typography>
          {env.VITE_SIGN_IN_URL ? (
            <Button variant="contained" href={env.VITE_SIGN_IN_URL}>
              Sign in
            </Button>
          ) : (
            <Button variant="outlined" onClick={() => void recheck()}>
              Check again
            </Button>
          )}
        </>
      )}
    </MessagePage>
  );
}
