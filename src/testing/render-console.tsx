import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMemoryRouter,
  RouterProvider,
  type PatchRoutesOnNavigationFunction,
  type RouteObject,
} from 'react-router';
import { ToastProvider } from '@/components/feedback/toast-provider';
import { queryClient } from '@/lib/query-client';
import { getTheme } from '@/theme';
import { freshRoutes, withRouterActions } from './router-actions';

const theme = getTheme();

export type ConsoleUi = ReturnType<typeof renderConsole>;

/**
 * The whole console at `url`, as the app renders it: the shell with its current-user query, the
 * route's loader and page, its error boundaries and the toasts. The route loaders' query client.
 * `routes`: the app's route tree, handed in by the app's own tests; `patchRoutesOnNavigation`: how
 * the router finds the routes it does not start with (see `routerRoutesFor`).
 */
export function renderConsole(
  routes: RouteObject[],
  url: string,
  { patchRoutesOnNavigation }: { patchRoutesOnNavigation?: PatchRoutesOnNavigationFunction } = {},
) {
  const router = createMemoryRouter(withRouterActions(routes), {
    initialEntries: [url],
    // Routes it adds get their own copies too.
    patchRoutesOnNavigation:
      patchRoutesOnNavigation &&
      ((args) =>
        patchRoutesOnNavigation({
          ...args,
          patch: (routeId, children) => args.patch(routeId, freshRoutes(children)),
        })),
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </ThemeProvider>
    </QueryClientProvider>,
  );
  return { ...view, user, router };
}
