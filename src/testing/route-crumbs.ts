import type { createMemoryRouter } from 'react-router';

/** The breadcrumb labels the router's current matches give, as the shell would show them. */
export function crumbsOf(router: ReturnType<typeof createMemoryRouter>): string[] {
  return router.state.matches.flatMap((match) => {
    const handle = match.route.handle as { crumb?: (data: unknown) => string } | undefined;
    const label = handle?.crumb?.(router.state.loaderData[match.route.id]);
    return label ? [label] : [];
  });
}
