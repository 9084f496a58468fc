import {
  createContext,
  use,
  useMemo,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useLocation, useNavigate, useRevalidator, type NavigateFunction } from 'react-router';
import { useLatest } from '@/lib/use-latest';

interface Navigation {
  navigate: NavigateFunction;
  /** The current URL's query string, read when asked (at a click). */
  search: () => string;
  /** Runs the current routes' loaders again. */
  revalidate: () => Promise<void>;
}

/**
 * The router's navigate, revalidate and current search, handed down: the router's own hooks
 * (`useNavigate`, `useLocation`, `useRevalidator`) re-render whatever calls them on every
 * navigation, a list's search included.
 */
const NavigationContext = createContext<Navigation | null>(null);

/**
 * Once, around the app's shell (the root layout; tests' harnesses too). It re-renders on every
 * navigation; what it hands down does not change, so nothing below re-renders for it.
 */
export function PlainLinkNavigation({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const { revalidate } = useRevalidator();
  const { search } = useLocation();
  const searchRef = useLatest(search);
  const navigation = useMemo(
    () => ({ navigate, revalidate, search: () => searchRef.current }),
    [navigate, revalidate, searchRef],
  );
  return <NavigationContext value={navigation}>{children}</NavigationContext>;
}

/** The router's actions without following the URL: inside `PlainLinkNavigation`. */
export function useRouterActions(): Navigation {
  const navigation = use(NavigationContext);
  if (!navigation) throw new Error('useRouterActions needs a PlainLinkNavigation around it');
  return navigation;
}

interface PlainLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute path in the console ("/applications/app-001"). */
  to: string;
  /** The history state to navigate with, from the current search at the click. */
  state?: (search: string) => unknown;
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
  const navigation = useRouterActions();
  return (
    <a
      {...props}
      ref={ref}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (isOwnClick(event)) return;
        event.preventDefault();
        void navigation.navigate(to, { state: state?.(navigation.search()) });
      }}
    />
  );
}
