import { memo, useEffect } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';
import { NavList } from './nav-list';
import { ToolbarSpacer } from './toolbar-spacer';

export { navId } from './nav-list';
export const drawerWidth = 240;

/** MUI's Drawer brings Modal, Slide and a focus trap: only the mobile overlay needs them. */
const mobileDrawer = deferredModule(() => import('./mobile-nav-drawer'));

interface NavDrawerProps {
  permanent: boolean;
  mobileOpen: boolean;
  onClose: () => void;
}

/** Permanent beside the content on desktop; a temporary overlay opened from the header on mobile. */
export const NavDrawer = memo(function NavDrawer({
  permanent,
  mobileOpen,
  onClose,
}: NavDrawerProps) {
  return permanent ? <PermanentNav /> : <MobileNav open={mobileOpen} onClose={onClose} />;
});

/** Drawn as MUI's permanent Drawer is: a fixed, bordered column below the app bar. */
function PermanentNav() {
  return (
    <Box sx={{ width: drawerWidth, flex: '0 0 auto' }}>
      <Paper
        square
        elevation={0}
        sx={{
          position: 'fixed',
          top: 0,
          left: 0,
          zIndex: 'drawer',
          width: drawerWidth,
          height: '100%',
          boxSizing: 'border-box',
          display: 'flex',
          flexDirection: 'column',
          flex: '1 0 auto',
          overflowY: 'auto',
          outline: 0,
          borderRight: 1,
          borderColor: 'divider',
        }}
      >
        <ToolbarSpacer />
        <NavList />
      </Paper>
    </Box>
  );
}

/** Loaded when first opened, or when idle after the first paint on a small screen. */
function MobileNav({ open, onClose }: { open: boolean; onClose: () => void }) {
  const loaded = useModuleAfterContent(mobileDrawer);
  useEffect(() => {
    if (open) mobileDrawer.preload();
  }, [open]);
  return loaded ? <loaded.MobileNavDrawer open={open} onClose={onClose} /> : null;
}
