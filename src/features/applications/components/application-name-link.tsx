import Link from '@mui/material/Link';
import { Link as RouterLink, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { listReturnState } from '@/lib/list-return';

/** The application's name, linking to its detail page; the list's query string goes along. */
export function ApplicationNameLink({ id, name }: { id: string; name: string }) {
  const { search } = useLocation();
  return (
    <Link
      component={RouterLink}
      to={paths.applications.detail.href(id)}
      state={listReturnState(search)}
      underline="hover"
      sx={{ fontWeight: 'inherit', color: 'inherit', '&:hover': { color: 'primary.main' } }}
    >
      {name}
    </Link>
  );
}
