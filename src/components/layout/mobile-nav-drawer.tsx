import Drawer from '@mui/material/Drawer';
import Toolbar from '@mui/material/Toolbar';
import { Brand } from './brand';
import { drawerWidth } from './nav-drawer';
import { NavList } from './nav-list';

interface MobileNavDrawerProps {
  open: boolean;
  onClose: () => void;
}

/** The navigation as a temporary overlay below the md breakpoint (loaded by NavDrawer). */
export function MobileNavDrawer({ open, onClose }: MobileNavDrawerProps) {
  return (
    <Drawer
      variant="temporary"
      open={open}
      onClose={onClose}
      slotProps={{ paper: { 'aria-label': 'Navigation' } }}
      sx={{ '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' } }}
    >
      <Toolbar sx={{ px: 2 }}>
        <Brand onNavigate={onClose} />
      </Toolbar>
      <NavList onNavigate={onClose} />
    </Drawer>
  );
}
