import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { themeModeOptions, type ThemeMode } from './theme-modes';

interface ThemeMenuProps {
  id: string;
  buttonId: string;
  anchor: HTMLElement | null;
  current: ThemeMode;
  onPick: (mode: ThemeMode) => void;
  onClose: () => void;
}

/** The theme toggle's menu (loaded by ThemeToggle on first open, or when idle). */
export function ThemeMenu({ id, buttonId, anchor, current, onPick, onClose }: ThemeMenuProps) {
  return (
    <Menu
      id={id}
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      // Rendered inside the header so its items belong to the banner landmark.
      disablePortal
      // Closing at once: the next dialog or screen never overlaps a fading menu.
      transitionDuration={{ enter: 200, exit: 0 }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ list: { 'aria-labelledby': buttonId, dense: true } }}
    >
      {themeModeOptions.map(({ mode, label, Icon }) => (
        <MenuItem
          key={mode}
          role="menuitemradio"
          aria-checked={mode === current}
          selected={mode === current}
          onClick={() => onPick(mode)}
        >
          <ListItemIcon>
            <Icon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{label}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
