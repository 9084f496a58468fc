import { useEffect, useId, useState } from 'react';
import GlobalStyles from '@mui/material/GlobalStyles';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { LazyTooltip } from '@/components/feedback/lazy-tooltip';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';
import { systemOption, themeModeOptions } from './theme-modes';

/** The menu (Menu, Popover, Modal): loaded on first open, on pointer-enter or when idle. */
const themeMenu = deferredModule(() => import('./theme-menu'));

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

/**
 * Light, dark or follow the system; the ThemeProvider persists the choice in localStorage. A
 * click before the menu's code has loaded opens it as soon as it has.
 */
export function ThemeToggle() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const instant = useInstantSwitch();
  const buttonId = useId();
  const menuId = useId();
  const menu = useModuleAfterContent(themeMenu);
  const current =
    themeModeOptions.find((option) => option.mode === (mode ?? 'system')) ?? systemOption;
  const open = anchor !== null;

  return (
    <>
      {instant.rule}
      <LazyTooltip title={`Theme: ${current.label}`}>
        <IconButton
          id={buttonId}
          aria-label="Theme"
          aria-haspopup="true"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          onPointerEnter={themeMenu.preload}
          onClick={(event) => {
            themeMenu.preload();
            setAnchor(event.currentTarget);
          }}
          color="inherit"
        >
          <current.Icon />
        </IconButton>
      </LazyTooltip>
      {menu ? (
        <menu.ThemeMenu
          id={menuId}
          buttonId={buttonId}
          anchor={anchor}
          current={current.mode}
          onPick={(value) => {
            instant.start();
            setMode(value);
            setAnchor(null);
          }}
          onClose={() => setAnchor(null)}
        />
      ) : null}
    </>
  );
}
