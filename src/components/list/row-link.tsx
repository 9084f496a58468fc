import { listReturnState } from '@/lib/list-return';
import { PlainLink } from './plain-link';
import { rowPart } from './row-parts';

/** The list's query string at the click, for the page's "Back" to return to. */
const returnState = () => listReturnState(window.location.search);

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
    <PlainLink to={to} state={returnState} className={plain ? rowPart.plainLink : rowPart.link}>
      {children}
    </PlainLink>
  );
}
