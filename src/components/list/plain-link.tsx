import {
  createContext,
  use,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useNavigate, type NavigateFunction } from 'react-router';

/**
 * The router's navigate function, handed down once per table: `useNavigate` in each link would
 * re-render every link on every navigation (it follows the current route).
 */
const NavigateContext = createContext<NavigateFunction | null>(null);

/** Around the links of a table's rows (see `PlainLink`). */
export function PlainLinkNavigation({ children }: { children: ReactNode }) {
  return <NavigateContext value={useNavigate()}>{children}</NavigateContext>;
}

interface PlainLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute path in the console ("/applications/app-001"). */
  to: string;
  /** The history state to navigate with, read at the click (not at each render). */
  state?: () => unknown;
  ref?: Ref<HTMLAnchorElement>;
}

/** A click the browser should handle itself: another button, a modifier key, another target. */
function isOwnClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.altKey ||
    event.ctrlKey ||
    event.shiftKey ||
    (event.currentTarget.target !== '' && event.currentTarget.target !== '_self')
  );
}

/**
 * A plain `<a href>` that navigates inside the console on a plain click, as the router's Link
 * does, without following the URL: a list's rows hold dozens, and none of them re-renders when
 * only the list's search changes (inside `PlainLinkNavigation`). Opening in a new tab or copying the link works as for any link.
 */
export function PlainLink({ to, state, onClick, ref, ...props }: PlainLinkProps) {
  const navigate = use(NavigateContext);
  if (!navigate) throw new Error('PlainLink needs a PlainLinkNavigation around it');
  return (
    <a
      {...props}
      ref={ref}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (isOwnClick(event)) return;
        event.preventDefault();
        void navigate(to, { state: state?.() });
      }}
    />
  );
}
