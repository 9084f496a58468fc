import { useEffect, useId, useState, type ElementType } from 'react';
import GlobalStyles from '@mui/material/GlobalStyles';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useColorScheme } from '@mui/material/styles';
import DarkModeOutlinedIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlinedIcon from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlinedIcon from '@mui/icons-material/SettingsBrightnessOutlined';

type Mode = 'light' | 'dark' | 'system';

interface ModeOption {
  mode: Mode;
  label: string;
  Icon: ElementType;
}

const systemOption: ModeOption = {
  mode: 'system',
  label: 'System',
  Icon: SettingsBrightnessOutlinedIcon,
};
const options: ModeOption[] = [
  systemOption,
  { mode: 'light', label: 'Light', Icon: LightModeOutlinedIcon },
  { mode: 'dark', label: 'Dark', Icon: DarkModeOutlinedIcon },
];

/** While the scheme changes, nothing fades from the old colours to the new ones. */
const NO_TRANSITIONS = '*, *::before, *::after { transition: none !important; }';

/**
 * Switching the scheme at once, through emotion so the rule carries the page's CSP nonce (MUI's
 * `disableTransitionOnChange` adds a `<style>` without it, which a strict policy refuses): the
 * rule stays for two frames, so one is painted in the new scheme before it goes.
 */
function useInstantSwitch() {
  const [switching, setSwitching] = useState(false);
  useEffect(() => {
    if (!switching) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setSwitching(false));
    });
    return () => cancelAnimationFrame(frame);
  }, [switching]);
  return {
    rule: switching ? <GlobalStyles styles={NO_TRANSITIONS} /> : null,
    start: () => setSwitching(true),
  };
}

/** Light, dark or follow the system; the ThemeProvider persists the choice in localStorage. */
export function ThemeToggle() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const instant = useInstantSwitch();
  const buttonId = useId();
  const menuId = useId();
  const current = options.find((option) => option.mode === (mode ?? 'system')) ?? systemOption;
  const open = anchor !== null;

  return (
    <>
      {instant.rule}
      <Tooltip title={`Theme: ${current.label}`}>
        <IconButton
          id={buttonId}
          aria-label="Theme"
          aria-haspopup="true"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
          color="inherit"
        >
          <current.Icon />
        </IconButton>
      </Tooltip>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={open}
        onClose={() => setAnchor(null)}
        // Rendered inside the header so its items belong to the banner landmark.
        disablePortal
        // Closing at once: the next dialog or screen never overlaps a fading menu.
        transitionDuration={{ enter: 200, exit: 0 }}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-labelledby': buttonId, dense: true } }}
      >
        {options.map(({ mode: value, label, Icon }) => (
          <MenuItem
            key={value}
            role="menuitemradio"
            aria-checked={value === current.mode}
            selected={value === current.mode}
            onClick={() => {
              instant.start();
              setMode(value);
              setAnchor(null);
            }}
          >
            <ListItemIcon>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
