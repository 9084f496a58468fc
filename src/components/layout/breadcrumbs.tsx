import { memo, useEffect } from 'react';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation, useMatches, type UIMatch } from 'react-router';

/** What a route puts in `handle` to appear in the breadcrumbs and the document title. */
export interface CrumbHandle {
  crumb: (data: unknown) => string;
  /** The query string the crumb's link restores, read from the history entry's state. */
  search?: (state: unknown) => string;
}

export interface Crumb {
  id: string;
  label: string;
  pathname: string;
}

function hasCrumb(handle: unknown): handle is CrumbHandle {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    typeof (handle as CrumbHandle).crumb === 'function'
  );
}

function toCrumb(match: UIMatch, state: unknown): Crumb | null {
  if (!hasCrumb(match.handle)) return null;
  try {
    const { crumb, search } = match.handle;
    const pathname = `${match.pathname}${search ? search(state) : ''}`;
    return { id: match.id, label: crumb(match.loaderData), pathname };
  } catch {
    // loaderData is undefined while an error boundary shows; that crumb is simply left out.
    return null;
  }
}

function useCrumbs(): Crumb[] {
  const state: unknown = useLocation().state;
  return useMatches()
    .map((match) => toCrumb(match, state))
    .filter((crumb): crumb is Crumb => crumb !== null && crumb.label !== '');
}

/** "Applications · Upshift": every screen gets a distinct title (WCAG 2.4.2). */
function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Upshift` : 'Upshift';
  }, [title]);
}

function sameCrumbs(before: { crumbs: Crumb[] }, after: { crumbs: Crumb[] }): boolean {
  const key = ({ crumbs }: { crumbs: Crumb[] }) =>
    crumbs.map((c) => `${c.id}\n${c.label}\n${c.pathname}`).join('\n\n');
  return key(before) === key(after);
}

/** Re-rendered when a crumb changes, not on every change of URL (a list's search). */
const AppBreadcrumbs = memo(function AppBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <Breadcrumbs aria-label="Breadcrumb" sx={{ py: 1.5 }}>
      {crumbs.map((crumb, index) =>
        index === crumbs.length - 1 ? (
          <Typography
            key={crumb.id}
            aria-current="page"
            sx={{ fontSize: 'inherit', color: 'text.primary' }}
          >
            {crumb.label}
          </Typography>
        ) : (
          <Link key={crumb.id} component={RouterLink} to={crumb.pathname} color="inherit">
            {crumb.label}
          </Link>
        ),
      )}
    </Breadcrumbs>
  );
}, sameCrumbs);

/**
 * The current route's breadcrumbs (a spacer when it has none, or nobody is signed in) and the
 * document title: the only part of the shell that follows the matched routes.
 */
export function RouteCrumbs({ signedIn }: { signedIn: boolean }) {
  const crumbs = useCrumbs();
  useDocumentTitle(signedIn ? crumbs.at(-1)?.label : 'Signed out');
  if (!signedIn || crumbs.length === 0) return <Box sx={{ height: 24 }} />;
  return <AppBreadcrumbs crumbs={crumbs} />;
}
