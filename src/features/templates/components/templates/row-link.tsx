import Link from '@mui/material/Link';
import { Link as RouterLink, useLocation } from 'react-router';
import { listReturnState } from '@/lib/list-return';

/** A row's name, linking to its page; the list's query string goes along for "Back". */
export function RowLink({ to, children }: { to: string; children: string }) {
  const { search } = useLocation();
  return (
    <Link
      component={RouterLink}
      to={to}
      state={listReturnState(search)}
      underline="hover"
      sx={{ fontWeight: 'inherit' }}
    >
      {children}
    </Link>
  );
}
