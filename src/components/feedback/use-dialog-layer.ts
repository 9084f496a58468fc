import { useSyncExternalStore } from 'react';
import { dialogClasses } from '@mui/material/Dialog';
import { modalClasses } from '@mui/material/Modal';

/**
 * The container of the topmost open dialog: the element its focus trap keeps focus inside.
 * MUI portals every dialog straight into <body>, the last one on top. A closing dialog (its
 * container fading to opacity 0) is passed over: a toast shown as it closes belongs to the page.
 */
function topDialogContainer(): HTMLElement | null {
  const roots = document.body.querySelectorAll(`:scope > .${dialogClasses.root}`);
  for (let i = roots.length - 1; i >= 0; i--) {
    const root = roots[i];
    if (!root || root.classList.contains(modalClasses.hidden)) continue;
    const container = root.querySelector(`:scope > .${dialogClasses.container}`);
    if (container instanceof HTMLElement && container.style.opacity !== '0') return container;
  }
  return null;
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, { childList: true });
  return () => observer.disconnect();
}

/**
 * The open dialog's layer, or null. While a dialog is open everything else is inert (focus trap,
 * aria-hidden): a toast must live inside the dialog to be read, reached and seen above it.
 */
export function useDialogLayer(): HTMLElement | null {
  return useSyncExternalStore(subscribe, topDialogContainer, () => null);
}
