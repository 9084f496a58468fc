import { useId } from 'react';
import Avatar from '@mui/material/Avatar';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemAvatar from '@mui/material/ListItemAvatar';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { initials } from '@/components/layout/initials';
import { useStandalone } from '@/lib/standalone';

/** The signed-out screen's seeded people: pick one to sign in as. */
export function SignInChoices({ onChoose }: { onChoose: (userId: string) => void }) {
  const personas = useStandalone()?.personas ?? [];
  const listHeadingId = useId();
  return (
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
          {personas.map((persona) => (
            <ListItem key={persona.userId} disablePadding divider>
              <ListItemButton onClick={() => onChoose(persona.userId)}>
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
  );
}
