import { Fragment, memo, useEffect } from 'react';
import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import { useLocation, useMatches, type UIMatch } from 'react-router';
import { perTheme, themeValues } from '@/theme/drawn-rules';
import { DrawnLink } from './drawn-link';

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

/**
 * MUI's Breadcrumbs as the theme sets them (a body1 Typography at 0.875rem in the secondary text
 * colour), with the current page's crumb a body1 Typography in the primary text colour.
 */
const crumbsSx = perTheme((theme: Theme) => {
  const { palette } = themeValues(theme);
  return {
    margin: 0,
    ...theme.typography.body1,
    color: palette.text.secondary,
    fontSize: '0.875rem',
    py: 1.5,
    '& > ol': {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      padding: 0,
      margin: 0,
      listStyle: 'none',
    },
    '& .MuiBreadcrumbs-separator': {
      display: 'flex',
      userSelect: 'none',
      marginLeft: '8px',
      marginRight: '8px',
    },
    '& [aria-current="page"]': {
      margin: 0,
      ...theme.typography.body1,
      fontSize: 'inherit',
      color: palette.text.primary,
    },
  } as const;
});

/**
 * Re-rendered when a crumb changes, not on every change of URL (a list's search). MUI's
 * Breadcrumbs, drawn, so the first screen does without it and its collapsed "…" button. MUI
 * collapses a trail beyond eight crumbs; the deepest route has three, so this never does.
 */
const AppBreadcrumbs = memo(function AppBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <Box
      component="nav"
      aria-label="Breadcrumb"
      className="MuiTypography-root MuiTypography-body1 MuiBreadcrumbs-root"
      sx={crumbsSx}
    >
      <ol className="MuiBreadcrumbs-ol">
        {crumbs.map((crumb, index) => (
          <Fragment key={crumb.id}>
            {index > 0 ? (
              <li aria-hidden="true" className="MuiBreadcrumbs-separator">
                /
              </li>
            ) : null}
            <li className="MuiBreadcrumbs-li">
              {index === crumbs.length - 1 ? (
                <p aria-current="page" className="MuiTypography-root MuiTypography-body1">
                  {crumb.label}
                </p>
              ) : (
                <DrawnLink to={crumb.pathname} color="inherit">
                  {crumb.label}
                </DrawnLink>
              )}
            </li>
          </Fragment>
        ))}
      </ol>
    </Box>
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
