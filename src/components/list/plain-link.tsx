import {
  createContext,
  use,
  useLayoutEffect,
  useMemo,
  useRef,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useLocation, useNavigate, type NavigateFunction } from 'react-router';

interface Navigation {
  navigate: NavigateFunction;
  /** The current URL's query string, read when asked (at a click). */
  search: () => string;
}

/**
 * The router's navigate function and current search, handed down once per table: `useNavigate`
 * or `useLocation` in each link would re-render every link on every navigation.
 */
const NavigationContext = createContext<Navigation | null>(null);

/** Around the links of a table's rows or of the main navigation (see `PlainLink`). */
export function PlainLinkNavigation({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const searchRef = useRef(search);
  useLayoutEffect(() => {
    searchRef.current = search;
  }, [search]);
  const navigation = useMemo(() => ({ navigate, search: () => searchRef.current }), [navigate]);
  return <NavigationContext value={navigation}>{children}</NavigationContext>;
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
  const navigation = use(NavigationContext);
  if (!navigation) throw new Error('PlainLink needs a PlainLinkNavigation around it');
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
