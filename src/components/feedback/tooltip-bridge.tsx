import { useEffect, useLayoutEffect, useRef, type Ref } from 'react';

type Handler = (event: Event) => void;

/** The handlers MUI's Tooltip gives its child, and the DOM events React calls them for. */
const EVENTS = {
  onMouseOver: 'mouseover',
  onMouseLeave: 'mouseleave',
  onFocus: 'focusin',
  onBlur: 'focusout',
  onTouchStart: 'touchstart',
  onTouchEnd: 'touchend',
} as const;
type HandlerName = keyof typeof EVENTS;

/** The attributes it gives the child: aria-label, aria-describedby, title… */
export type Attributes = Record<string, string | boolean>;

interface TooltipBridgeProps {
  /** The real child's element: the Tooltip's anchor, and where its handlers listen. */
  node: HTMLElement | null;
  onAttributes: (attributes: Attributes) => void;
  /** From the Tooltip (its clone of this element): its ref, handlers and attributes. */
  ref?: Ref<HTMLElement>;
  [given: string]: unknown;
}

export function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

const isHandlerName = (name: string): name is HandlerName => name in EVENTS;

/**
 * The stand-in child of a lazily loaded MUI Tooltip (see LazyTooltip): it renders nothing and
 * passes what the Tooltip gives its child on to the real one, which stays where it was: the ref
 * gets the real element, the handlers listen on it, the attributes go up to LazyTooltip.
 */
export function TooltipBridge({ node, onAttributes, ref, ...given }: TooltipBridgeProps) {
  const handlers: Partial<Record<HandlerName, Handler>> = {};
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(given)) {
    if (isHandlerName(name) && typeof value === 'function') {
      handlers[name] = value as Handler;
    } else if (name !== 'className' && (typeof value === 'string' || typeof value === 'boolean')) {
      attributes[name] = value;
    }
  }

  // The Tooltip's handlers change on every render: listeners call the latest ones.
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });
  useEffect(() => {
    if (!node) return;
    const listeners = Object.entries(EVENTS).map(([name, type]) => {
      const listener = (event: Event) => handlersRef.current[name as HandlerName]?.(event);
      node.addEventListener(type, listener);
      return () => node.removeEventListener(type, listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, [node]);

  // Only a change of attributes (opening adds aria-describedby) re-renders the child.
  const key = JSON.stringify(attributes);
  useLayoutEffect(() => onAttributes(JSON.parse(key) as Attributes), [key, onAttributes]);
  useLayoutEffect(() => {
    assignRef(ref, node);
    return () => assignRef(ref, null);
  }, [ref, node]);
  return null;
}
