import {
  useEffect,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ComponentType,
  type ReactNode,
  type Ref,
  type TouchEvent,
} from 'react';
import type { TouchRippleActions, TouchRippleProps } from '@mui/material/ButtonBase/TouchRipple';
import { deferredModule, useModuleAfterContent } from '@/lib/deferred-module';

/** MUI's ripple, loaded once the page has painted: no one presses a button before that. */
const touchRipple = deferredModule(() => import('@mui/material/ButtonBase/TouchRipple'));

type Ripple = (ripple: TouchRippleActions) => void;

/** The handlers a drawn button takes from its caller and wraps. */
export interface ButtonEvents<E extends HTMLElement> {
  onBlur?: (event: FocusEvent<E>) => void;
  onFocus?: (event: FocusEvent<E>) => void;
  onKeyDown?: (event: KeyboardEvent<E>) => void;
  onKeyUp?: (event: KeyboardEvent<E>) => void;
  onMouseDown?: (event: MouseEvent<E>) => void;
  onMouseUp?: (event: MouseEvent<E>) => void;
  onMouseLeave?: (event: MouseEvent<E>) => void;
  onContextMenu?: (event: MouseEvent<E>) => void;
  onDragLeave?: (event: DragEvent<E>) => void;
  onTouchStart?: (event: TouchEvent<E>) => void;
  onTouchEnd?: (event: TouchEvent<E>) => void;
  onTouchMove?: (event: TouchEvent<E>) => void;
}

interface DrawnButtonOptions<E extends HTMLElement> extends ButtonEvents<E> {
  disabled?: boolean;
  /** The ripple grows from the middle (icon buttons). */
  centerRipple?: boolean;
  /** A pulsing ripple while focused from the keyboard (buttons, icon buttons). */
  focusRipple?: boolean;
}

function isFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false;
  }
}

/**
 * What MUI's ButtonBase adds to a native `<button>` or a link, for the first screen's drawn
 * buttons: the `Mui-focusVisible` state and the ripple, with the same events starting and
 * stopping it. The ripple is MUI's own TouchRipple, mounted on the first press as ButtonBase
 * does; until its module has loaded a press simply has none.
 */
export function useDrawnButton<E extends HTMLElement>(options: DrawnButtonOptions<E>) {
  const { disabled = false, centerRipple = false, focusRipple = false } = options;
  // Typed by MUI as a render function; it is a forwardRef component.
  const TouchRipple = useModuleAfterContent(touchRipple)?.default as
    ComponentType<TouchRippleProps & { ref: Ref<TouchRippleActions> }> | undefined;
  const rippleRef = useRef<TouchRippleActions>(null);
  const waiting = useRef<Ripple[]>([]);
  const [mounted, setMounted] = useState(false);
  const [focusVisible, setFocusVisible] = useState(false);
  if (disabled && focusVisible) setFocusVisible(false);

  // What was asked of the ripple before it mounted, once it has.
  useEffect(() => {
    const ripple = rippleRef.current;
    if (ripple) waiting.current.splice(0).forEach((act) => act(ripple));
  }, [mounted]);

  const ripple = (act: Ripple) => {
    if (disabled) return;
    if (!TouchRipple) {
      touchRipple.preload();
      return;
    }
    if (rippleRef.current) act(rippleRef.current);
    else {
      waiting.current.push(act);
      setMounted(true);
    }
  };

  useEffect(() => {
    if (focusVisible && focusRipple) ripple((r) => r.pulsate());
    // Only when the focus ring comes or goes, as ButtonBase's own effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusVisible, focusRipple]);

  const on = options;
  const start = (event: MouseEvent<E> | TouchEvent<E>) => ripple((r) => r.start(event));
  // Nothing to stop before the first press has mounted the ripple.
  const stop = (event: MouseEvent<E> | TouchEvent<E> | FocusEvent<E> | DragEvent<E>) =>
    rippleRef.current?.stop(event);

  const handlers = {
    onMouseDown: (event: MouseEvent<E>) => {
      on.onMouseDown?.(event);
      start(event);
    },
    onMouseUp: (event: MouseEvent<E>) => {
      on.onMouseUp?.(event);
      stop(event);
    },
    onMouseLeave: (event: MouseEvent<E>) => {
      if (focusVisible) event.preventDefault();
      on.onMouseLeave?.(event);
      stop(event);
    },
    onContextMenu: (event: MouseEvent<E>) => {
      on.onContextMenu?.(event);
      stop(event);
    },
    onDragLeave: (event: DragEvent<E>) => {
      on.onDragLeave?.(event);
      stop(event);
    },
    onTouchStart: (event: TouchEvent<E>) => {
      on.onTouchStart?.(event);
      start(event);
    },
    onTouchEnd: (event: TouchEvent<E>) => {
      on.onTouchEnd?.(event);
      stop(event);
    },
    onTouchMove: (event: TouchEvent<E>) => {
      on.onTouchMove?.(event);
      stop(event);
    },
    onFocus: (event: FocusEvent<E>) => {
      if (isFocusVisible(event.target)) setFocusVisible(true);
      on.onFocus?.(event);
    },
    onBlur: (event: FocusEvent<E>) => {
      if (!isFocusVisible(event.target)) setFocusVisible(false);
      on.onBlur?.(event);
      stop(event);
    },
    // Space presses a focused button: the ripple follows the key, as it follows the mouse.
    onKeyDown: (event: KeyboardEvent<E>) => {
      if (disabled) return;
      if (focusRipple && !event.repeat && focusVisible && event.key === ' ') {
        ripple((r) => r.stop(event, () => r.start(event)));
      }
      on.onKeyDown?.(event);
    },
    onKeyUp: (event: KeyboardEvent<E>) => {
      if (disabled) return;
      if (focusRipple && event.key === ' ' && focusVisible && !event.defaultPrevented) {
        ripple((r) => r.stop(event, () => r.pulsate(event)));
      }
      on.onKeyUp?.(event);
    },
  };

  const rippleElement: ReactNode =
    mounted && TouchRipple && !disabled ? (
      <TouchRipple ref={rippleRef} center={centerRipple} />
    ) : null;

  return { focusVisible, handlers, rippleElement };
}
