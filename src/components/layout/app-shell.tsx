import { useCallback, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { RouteCrumbs } from './breadcrumbs';
import { AppHeader } from './app-header';
import { NavDrawer } from './nav-drawer';
import { SkipLink } from './skip-link';
import { ToolbarSpacer } from './toolbar-spacer';

export const mainContentId = 'main-content';

interface AppShellProps {
  signedIn: boolean;
  children: ReactNode;
  /** Extra app-bar controls for signed-in people, composed by the app layer. */
  headerActions?: ReactNode;
}

/** Header, navigation and main landmark around every screen. */
export function AppShell({ signedIn, children, headerActions }: AppShellProps) {
  const desktop = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  const [navOpen, setNavOpen] = useState(false);
  const openNav = useCallback(() => setNavOpen(true), []);
  const closeNav = useCallback(() => setNavOpen(false), []);

  return (
    <Box sx={{ display: 'flex', minHeight: '100dvh' }}>
      <SkipLink targetId={mainContentId} />
      <AppHeader
        signedIn={signedIn}
        showNavButton={!desktop}
        navOpen={navOpen}
        onOpenNav={openNav}
        actions={headerActions}
      />
      {signedIn ? <NavDrawer permanent={desktop} mobileOpen={navOpen} onClose={closeNav} /> : null}
      <Box
        component="main"
        id={mainContentId}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, px: { xs: 2, sm: 3 }, pb: 6, outline: 'none' }}
      >
        <ToolbarSpacer />
        <RouteCrumbs signedIn={signedIn} />
        {children}
      </Box>
    </Box>
  );
}
