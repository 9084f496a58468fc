import { memo, type ElementType } from 'react';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import AppsIcon from '@mui/icons-material/Apps';
import DnsOutlinedIcon from '@mui/icons-material/DnsOutlined';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import CloudSyncOutlinedIcon from '@mui/icons-material/CloudSyncOutlined';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import LayersOutlinedIcon from '@mui/icons-material/LayersOutlined';
import WidgetsOutlinedIcon from '@mui/icons-material/WidgetsOutlined';
import { useLocation } from 'react-router';
import { PlainLink } from '@/components/list/plain-link';
import { paths } from '@/config/paths';

export const navId = 'main-navigation';

/** Only areas that exist are listed; each area adds its entry when it ships. */
export const navAreas: { label: string; to: string; Icon: ElementType }[] = [
  { label: 'Applications', to: paths.applications.list.path, Icon: AppsIcon },
  { label: 'My Applications', to: paths.selfHosted.list.path, Icon: SwapVertIcon },
  { label: 'Templates', to: paths.templates.list.path, Icon: LayersOutlinedIcon },
  {
    label: 'Installed applications',
    to: paths.installed.list.path,
    Icon: WidgetsOutlinedIcon,
  },
  { label: 'Servers', to: paths.servers.list.path, Icon: DnsOutlinedIcon },
  { label: 'Platform', to: paths.platform.home.path, Icon: CloudSyncOutlinedIcon },
  { label: 'Inbox', to: paths.inbox.path, Icon: InboxOutlinedIcon },
];

interface NavItemProps {
  label: string;
  to: string;
  Icon: ElementType;
  selected: boolean;
  onNavigate?: () => void;
}

/**
 * Memoised, with a plain link rather than the router's NavLink (which re-renders on every change
 * of URL): a list's search re-renders no item, a new area only the two whose selection changed.
 */
const NavItem = memo(function NavItem({ label, to, Icon, selected, onNavigate }: NavItemProps) {
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={PlainLink}
        to={to}
        selected={selected}
        aria-current={selected ? 'page' : undefined}
        onClick={onNavigate}
      >
        <ListItemIcon>
          <Icon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={label} />
      </ListItemButton>
    </ListItem>
  );
});

/** The main navigation's landmark and links, in the permanent column or the mobile drawer. */
export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const { pathname } = useLocation();
  return (
    <Box component="nav" id={navId} aria-label="Main" sx={{ p: 1 }}>
      <List disablePadding>
        {navAreas.map(({ label, to, Icon }) => (
          <NavItem
            key={to}
            label={label}
            to={to}
            Icon={Icon}
            selected={pathname === to || pathname.startsWith(`${to}/`)}
            onNavigate={onNavigate}
          />
        ))}
      </List>
    </Box>
  );
}
