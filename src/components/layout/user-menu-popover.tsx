import { useRef } from 'react';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import { env } from '@/config/env';
import type { CurrentUser } from '@/contract/identity';
import { useStandalone } from '@/lib/standalone';
import { SignOutButton } from './sign-out-button';
import type { useStandaloneAccount } from './use-standalone-account';

interface UserMenuPopoverProps {
  id: string;
  headingId: string;
  anchor: HTMLElement | null;
  onClose: () => void;
  user: CurrentUser | undefined;
  name: string;
  roleLabel: string;
  account: ReturnType<typeof useStandaloneAccount>;
}

/** The account popover's content (loaded by UserMenu on first open, or when idle). */
export function UserMenuPopover(props: UserMenuPopoverProps) {
  const { user, name, roleLabel, account } = props;
  const standalone = useStandalone();
  const listRef = useRef<HTMLUListElement>(null);
  return (
    <Popover
      id={props.id}
      open={props.anchor !== null}
      anchorEl={props.anchor}
      onClose={props.onClose}
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
          ...(standalone ? {} : { role: 'dialog', 'aria-labelledby': props.headingId }),
        },
      }}
    >
      <Box sx={{ px: 2, py: 1.5 }}>
        <Typography id={props.headingId} sx={{ fontWeight: 600 }}>
          {name}
        </Typography>
        {user ? (
          <>
            <Typography variant="body2" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
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
  );
}

function focusActiveItem(list: HTMLElement | null) {
  const item =
    list?.querySelector<HTMLElement>('[tabindex="0"]') ??
    list?.querySelector<HTMLElement>('[role^="menuitem"]');
  item?.focus();
}
