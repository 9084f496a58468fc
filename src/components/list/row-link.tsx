import Link from '@mui/material/Link';
import { Link as RouterLink, useLocation } from 'react-router';
import { listReturnState } from '@/lib/list-return';

const plainSx = { fontWeight: 'inherit', color: 'inherit', '&:hover': { color: 'primary.main' } };

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
  const { search } = useLocation();
  return (
    <Link
      component={RouterLink}
      to={to}
      state={listReturnState(search)}
      underline="hover"
      sx={plain ? plainSx : { fontWeight: 'inherit' }}
    >
      {children}
    </Link>
  );
}
