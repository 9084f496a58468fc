import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { roleLabels } from '@/contract/permissions';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';
import { useStandalone } from '@/lib/standalone';
import { useSignedInUser } from './current-user-context';
import { initials } from './initials';
import { useStandaloneAccount } from './use-standalone-account';

/** The popover (Popover, Modal): loaded on first open, on pointer-enter or when idle. */
const userMenuPopover = deferredModule(() => import('./user-menu-popover'));

/** Drawn as MUI's Avatar is (which the first screen need not load for one circle). */
const avatarSx = {
  position: 'relative',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  flexShrink: 0,
  width: 32,
  height: 32,
  fontSize: '0.875rem',
  lineHeight: 1,
  borderRadius: '50%',
  overflow: 'hidden',
  userSelect: 'none',
  bgcolor: 'primary.main',
  color: 'primary.contrastText',
} as const;

/**
 * The signed-in person and role; Sign out where the deployment has a sign-out address; in
 * standalone mode the simulator's account actions instead. A click before the popover's code
 * has loaded opens it as soon as it has.
 */
export function UserMenu() {
  const { user, isPending } = useSignedInUser();
  const standalone = useStandalone();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const account = useStandaloneAccount(() => setAnchor(null));
  const popover = useModuleAfterContent(userMenuPopover);
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
        onPointerEnter={userMenuPopover.preload}
        onClick={(event) => {
          userMenuPopover.preload();
          setAnchor(event.currentTarget);
        }}
        sx={{ gap: 1, px: { xs: 0.5, sm: 1 }, minWidth: 0, textAlign: 'left' }}
      >
        <Box aria-hidden="true" sx={avatarSx}>
          {user ? initials(user.name) : '?'}
        </Box>
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
      {popover ? (
        <popover.UserMenuPopover
          id={popoverId}
          headingId={headingId}
          anchor={anchor}
          onClose={() => setAnchor(null)}
          user={user}
          name={name}
          roleLabel={roleLabel}
          account={account}
        />
      ) : null}
      {account.dialogs}
    </>
  );
}
