import { memo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import MenuIcon from '@mui/icons-material/Menu';
import { useNavigation } from 'react-router';
import { DrawnIconButton } from '@/components/buttons/drawn-icon-button';
import { ProgressBar } from '@/components/feedback/progress-bar';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';
import { useStandalone } from '@/lib/standalone';
import { appBarAttributes, appBarRules, toolbarClassName, toolbarRules } from './app-bar-rules';
import { Brand } from './brand';
import { navId } from './nav-drawer';
import { stackSx } from './stack-sx';

interface AppHeaderProps {
  /** Signed-out screens have no navigation and no account. */
  signedIn: boolean;
  /** Show the menu button that opens the navigation drawer (below the md breakpoint). */
  showNavButton: boolean;
  navOpen: boolean;
  onOpenNav: () => void;
  /** Signed-in controls the app layer adds before the theme toggle (the Inbox button). */
  actions?: ReactNode;
}

/**
 * The theme and account buttons come once the page's content has painted: rendering them (and
 * the account's update when the profile arrives) cost a full load about 10% of its time to a
 * list's first row at 4x CPU. The static shell has none of them either.
 */
const headerControls = deferredModule(() => import('./header-controls'));

function DeferredHeaderControls({ signedIn }: { signedIn: boolean }) {
  const loaded = useModuleAfterContent(headerControls, { first: true });
  return loaded ? <loaded.HeaderControls signedIn={signedIn} /> : null;
}

/** A thin bar along the app bar's foot while a route's data loads. */
function NavigationProgress() {
  const navigating = useNavigation().state === 'loading';
  if (!navigating) return null;
  return (
    <ProgressBar
      aria-label="Loading page"
      sx={{ position: 'absolute', bottom: 0, left: 0, right: 0, height: 2 }}
    />
  );
}

/**
 * Memoised, and only its progress bar follows the router's state: a change of URL alone (a
 * list's search) does not re-render the app bar.
 */
export const AppHeader = memo(function AppHeader({
  signedIn,
  showNavButton,
  navOpen,
  onOpenNav,
  actions,
}: AppHeaderProps) {
  const Badge = useStandalone()?.Badge;
  const theme = useTheme();
  return (
    <Box
      component="header"
      {...appBarAttributes}
      sx={[
        ...appBarRules(theme),
        // Above the permanent drawer on desktop; below the temporary one on mobile.
        { [theme.breakpoints.up('md')]: { zIndex: theme.zIndex.drawer + 1 } },
      ]}
    >
      <Box
        className={toolbarClassName}
        sx={[...toolbarRules(theme), { gap: { xs: 0.5, sm: 1.5 }, px: { xs: 1, sm: 2 } }]}
      >
        {signedIn && showNavButton ? (
          <DrawnIconButton
            color="inherit"
            edge="start"
            aria-label="Open navigation"
            aria-controls={navOpen ? navId : undefined}
            aria-expanded={navOpen}
            onClick={onOpenNav}
          >
            <MenuIcon />
          </DrawnIconButton>
        ) : null}
        <Brand />
        {Badge ? (
          <Box sx={{ ml: { xs: 0.5, sm: 1 }, minWidth: 0 }}>
            <Badge />
          </Box>
        ) : null}
        <Box
          sx={[
            stackSx({ xs: 0, sm: 1 }, { direction: 'row' }),
            { ml: 'auto', alignItems: 'center' },
          ]}
        >
          {signedIn ? actions : null}
          <DeferredHeaderControls signedIn={signedIn} />
        </Box>
      </Box>
      <NavigationProgress />
    </Box>
  );
});
