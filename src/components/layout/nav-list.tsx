import { memo, type ElementType } from 'react';
import Box from '@mui/material/Box';
import { useTheme, type CSSObject, type Theme } from '@mui/material/styles';
import AppsIcon from '@mui/icons-material/Apps';
import DnsOutlinedIcon from '@mui/icons-material/DnsOutlined';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import CloudSyncOutlinedIcon from '@mui/icons-material/CloudSyncOutlined';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import LayersOutlinedIcon from '@mui/icons-material/LayersOutlined';
import WidgetsOutlinedIcon from '@mui/icons-material/WidgetsOutlined';
import { useLocation } from 'react-router';
import { buttonBaseAttributes, buttonBaseRules } from '@/components/buttons/button-rules';
import { useDrawnButton } from '@/components/buttons/use-drawn-button';
import { PlainLink } from '@/components/list/plain-link';
import { paths } from '@/config/paths';
import { perTheme, themeValues } from '@/theme/drawn-rules';

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

/**
 * MUI's List, ListItem, ListItemButton (with the theme's override), ListItemIcon and
 * ListItemText as the navigation uses them, drawn as plain elements styled once by the `nav`:
 * the first screen carries no List family, and the ripple loads after the page.
 */
const navSx = perTheme((theme: Theme): CSSObject[] => {
  const p = themeValues(theme).palette;
  const primary = p.primary.main;
  const shortest = { duration: theme.transitions.duration.shortest };
  const button = (rules: CSSObject) => ({ '& .MuiListItemButton-root': rules });
  const parts: CSSObject = {
    padding: theme.spacing(1),
    '& ul': { listStyle: 'none', margin: 0, padding: 0, position: 'relative' },
    '& li': {
      display: 'flex',
      justifyContent: 'flex-start',
      alignItems: 'center',
      position: 'relative',
      textDecoration: 'none',
      width: '100%',
      boxSizing: 'border-box',
      textAlign: 'left',
    },
  };
  const listItemButton: CSSObject = {
    display: 'flex',
    flexGrow: 1,
    justifyContent: 'flex-start',
    alignItems: 'center',
    position: 'relative',
    textDecoration: 'none',
    minWidth: 0,
    boxSizing: 'border-box',
    textAlign: 'left',
    paddingTop: '8px',
    paddingBottom: '8px',
    transition: theme.transitions.create('background-color', shortest),
    '&:hover': {
      textDecoration: 'none',
      backgroundColor: p.action.hover,
      '@media (hover: none)': { backgroundColor: 'transparent' },
    },
    '&.Mui-selected': {
      backgroundColor: theme.alpha(primary, p.action.selectedOpacity),
      '&.Mui-focusVisible': {
        backgroundColor: theme.alpha(
          primary,
          `${p.action.selectedOpacity} + ${p.action.focusOpacity}`,
        ),
      },
    },
    '&.Mui-selected:hover': {
      backgroundColor: theme.alpha(
        primary,
        `${p.action.selectedOpacity} + ${p.action.hoverOpacity}`,
      ),
      '@media (hover: none)': {
        backgroundColor: theme.alpha(primary, p.action.selectedOpacity),
      },
    },
    '&.Mui-focusVisible': { backgroundColor: p.action.focus },
    '&.Mui-disabled': { opacity: p.action.disabledOpacity },
    paddingLeft: '16px',
    paddingRight: '16px',
  };
  // The theme's MuiListItemButton override.
  const override: CSSObject = {
    borderRadius: '6px',
    '&.Mui-selected': {
      color: primary,
      fontWeight: 600,
      '& .MuiListItemIcon-root': { color: 'inherit' },
    },
  };
  const contents: CSSObject = {
    '& .MuiListItemIcon-root': {
      minWidth: '36px',
      color: p.action.active,
      flexShrink: 0,
      display: 'inline-flex',
    },
    '& .MuiListItemText-root': {
      flex: '1 1 auto',
      minWidth: 0,
      marginTop: '4px',
      marginBottom: '4px',
    },
    '& .MuiListItemText-primary': { ...theme.typography.body1, margin: 0, display: 'block' },
  };
  return [
    parts,
    button(buttonBaseRules(theme)),
    button(listItemButton),
    button(override),
    contents,
  ];
});

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
  const { focusVisible, handlers, rippleElement } = useDrawnButton<HTMLAnchorElement>({});
  const className = [
    'MuiButtonBase-root MuiListItemButton-root MuiListItemButton-gutters',
    selected ? 'Mui-selected' : '',
    focusVisible ? 'Mui-focusVisible' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className="MuiListItem-root MuiListItem-gutters">
      <PlainLink
        {...handlers}
        to={to}
        {...buttonBaseAttributes(true, false)}
        className={className}
        aria-current={selected ? 'page' : undefined}
        onClick={onNavigate}
      >
        <div className="MuiListItemIcon-root">
          <Icon fontSize="small" />
        </div>
        <div className="MuiListItemText-root">
          <span className="MuiTypography-root MuiTypography-body1 MuiListItemText-primary">
            {label}
          </span>
        </div>
        {rippleElement}
      </PlainLink>
    </li>
  );
});

/** The main navigation's landmark and links, in the permanent column or the mobile drawer. */
export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const { pathname } = useLocation();
  return <NavLandmark pathname={pathname} onNavigate={onNavigate} />;
}

/**
 * Memoised on the path: a list's search or filter changes only the URL's query, and the landmark
 * (whose rules are serialised on each render) stays as it is.
 */
const NavLandmark = memo(function NavLandmark({
  pathname,
  onNavigate,
}: {
  pathname: string;
  onNavigate?: () => void;
}) {
  const theme = useTheme();
  return (
    <Box component="nav" id={navId} aria-label="Main" sx={navSx(theme)}>
      <ul className="MuiList-root">
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
      </ul>
    </Box>
  );
});
