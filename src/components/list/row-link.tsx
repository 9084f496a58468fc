import { Link, useLocation, type LinkProps } from 'react-router';
import { listReturnState } from '@/lib/list-return';
import { rowPart } from './row-parts';

/**
 * The router's link with the list's query string in its state, read where the `<a>` renders:
 * when the list's URL changes, only the links re-render, not the rows.
 */
function ReturningLink(props: LinkProps) {
  const { search } = useLocation();
  return <Link {...props} state={listReturnState(search)} />;
}

/** A row's name, linking to its page; the list's query string goes along for "Back". */
export function RowLink({
  to,
  children,
  plain = false,
}: {
  to: string;
  children: string;
  /** In the text's colour, taking the link's colour on hover. */
  plain?: boolean;
}) {
  return (
    <ReturningLink to={to} className={plain ? rowPart.plainLink : rowPart.link}>
      {children}
    </ReturningLink>
  );
}
