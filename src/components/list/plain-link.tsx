import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { useNavigate } from 'react-router';

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
 * only the list's search changes. Opening in a new tab or copying the link works as for any link.
 */
export function PlainLink({ to, state, onClick, ref, ...props }: PlainLinkProps) {
  const navigate = useNavigate();
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
