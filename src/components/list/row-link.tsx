import { listReturnState } from '@/lib/list-return';
import { PlainLink } from './plain-link';
import { rowPart } from './row-parts';

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
    <PlainLink to={to} state={listReturnState} className={plain ? rowPart.plainLink : rowPart.link}>
      {children}
    </PlainLink>
  );
}
