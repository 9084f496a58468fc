import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LogoutIcon from '@mui/icons-material/Logout';
import { useToast } from '@/components/feedback/toast-context';
import { useSessionActions } from './use-session-actions';

/** The account dialog's Sign out in a real deployment: the server ends the session first. */
export function SignOutButton() {
  const { signOut } = useSessionActions();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const run = () => {
    setBusy(true);
    signOut()
      .catch(() =>
        toast.show({
          message: 'You are still signed in: signing out failed. Try again.',
          severity: 'error',
        }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <Box sx={{ px: 2, pb: 1.5 }}>
      <Button variant="outlined" startIcon={<LogoutIcon />} loading={busy} onClick={run}>
        Sign out
      </Button>
    </Box>
  );
}
