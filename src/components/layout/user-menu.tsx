import { useId, useRef, useState } from 'react';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Popover from '@mui/material/Popover';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { env } from '@/config/env';
import { roleLabels } from '@/contract/permissions';
import { useStandalone } from '@/lib/standalone';
import { useSignedInUser } from './current-user-context';
import { initials } from './initials';
import { SignOutButton } from './sign-out-button';
import { useStandaloneAccount } from './use-standalone-account';

/**
 * The signed-in person and role; Sign out where the deployment has a sign-out address; in
 * standalone mode the simulator's account actions instead.
 */
export function UserMenu() {
  const { user, isPending } = useSignedInUser();
  const standalone = useStandalone();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const account = useStandaloneAccount(() => setAnchor(null));
  const listRef = useRef<HTMLUListElement>(null);
  const popoverId = useId();
  const headingId = useId();

  if (!user && isPending) {
    return <Skeleton variant="circular" width={32} height={32} aria-hidden="true" />;
  }
  // Without a profile (e.g. the simulator is set offline) the simulator's actions must stay
  // reachable, or nothing in the UI could undo that scenario.
  if (!user && !standalone) return null;
  const name = user?.name ?? 'Profile unavailable';
  const roleLabel = user ? roleLabels[user.consoleRole] : 'Simulator';
  const open = anchor !== null;

  return (
    <>
      <Button
        color="inherit"
        aria-label={`Account: ${name}, ${roleLabel}`}
        aria-haspopup={standalone ? 'true' : 'dialog'}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ gap: 1, px: { xs: 0.5, sm: 1 }, minWidth: 0, textAlign: 'left' }}
      >
        <Avatar
          aria-hidden="true"
          sx={{
            width: 32,
            height: 32,
            fontSize: '0.875rem',
            bgcolor: 'primary.main',
            color: 'primary.contrastText',
          }}
        >
          {user ? initials(user.name) : '?'}
        </Avatar>
        <Box sx={{ display: { xs: 'none', sm: 'block' }, lineHeight: 1.2 }}>
          <Typography variant="body2" component="span" sx={{ display: 'block', fontWeight: 600 }}>
            {name}
          </Typography>
          <Typography
            variant="caption"
            component="span"
            sx={{ display: 'block', color: 'text.secondary' }}
          >
            {roleLabel}
          </Typography>
        </Box>
      </Button>
      <Popover
        id={popoverId}
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        // Rendered inside the header so its content belongs to the banner landmark.
        disablePortal
        // Closing at once: the next dialog or screen never overlaps a fading menu.
        transitionDuration={{ enter: 200, exit: 0 }}
        // With the actions menu, focus goes to its current item (as MUI's Menu does) instead.
        disableAutoFocus={Boolean(standalone)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          transition: { onEntering: () => focusActiveItem(listRef.current) },
          paper: {
            sx: { width: 300, maxWidth: 'calc(100vw - 16px)', mt: 0.5 },
            ...(standalone ? {} : { role: 'dialog', 'aria-labelledby': headingId }),
          },
        }}
      >
        <Box sx={{ px: 2, py: 1.5 }}>
          <Typography id={headingId} sx={{ fontWeight: 600 }}>
            {name}
          </Typography>
          {user ? (
            <>
              <Typography
                variant="body2"
                sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}
              >
                {user.email}
              </Typography>
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                Console role: <strong>{roleLabel}</strong>
              </Typography>
            </>
          ) : (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              The simulator's controls are still here.
            </Typography>
          )}
        </Box>
        {standalone ? (
          <>
            <Divider />
            <standalone.AccountActions
              ref={listRef}
              personas={standalone.personas}
              currentUserId={user?.id ?? ''}
              onSwitch={(persona) => account.switchTo(persona, user?.id ?? '')}
              onOpenSimulator={account.openSimulator}
              onResetData={account.askToReset}
              onSignOut={account.signOut}
            />
          </>
        ) : null}
        {!standalone && user && env.VITE_SIGN_OUT_URL ? <SignOutButton /> : null}
      </Popover>
      {account.dialogs}
    </>
  );
}

function focusActiveItem(list: HTMLElement | null) {
  const item =
    list?.querySelector<HTMLElement>('[tabindex="0"]') ??
    list?.querySelector<HTMLElement>('[role^="menuitem"]');
  item?.focus();
}
