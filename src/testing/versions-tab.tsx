import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import {
  createMemoryRouter,
  Outlet,
  RouterProvider,
  useParams,
  type RouteObject,
} from 'react-router';
import { currentUserOf } from '@mocks/core/identity';
import { simulator } from '@mocks/simulator';
import { ToastProvider } from '@/components/feedback/toast-provider';
import { CurrentUserContext } from '@/components/layout/current-user-context';
import { useSelfHostedApplication } from '@/features/self-hosted/api/get-self-hosted-application';
import { queryClient } from '@/lib/query-client';

export const SLOW = { timeout: 5000 };

/** The Versions route as the area's routes declare it, with its dialogs. */
function versionsRoute(selfHostedRoutes: RouteObject[]): RouteObject {
  const detail = selfHostedRoutes.flatMap((r) => r.children ?? []).find((r) => r.children);
  const route = detail?.children?.find((r) => r.path === '');
  if (!route) throw new Error('routes.ts has no Versions route');
  return route;
}

/** Stands in for the page shell: hands the application to the tab, as detail.tsx does. */
function Page() {
  const { applicationId = '' } = useParams();
  const { data } = useSelfHostedApplication(applicationId);
  return data ? <Outlet context={data} /> : <p>Loading</p>;
}

/**
 * The Versions tab and its dialogs at `url`, signed in as the simulator's session user.
 * `selfHostedRoutes`: the self-hosted area's route list (the app's, handed in by its tests).
 */
export function renderVersions(selfHostedRoutes: RouteObject[], url: string) {
  const routes = [
    {
      path: '/',
      HydrateFallback: () => null,
      children: [
        {
          path: 'my-applications/:applicationId',
          Component: Page,
          children: [versionsRoute(selfHostedRoutes)],
        },
      ],
    },
  ];
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const person = simulator.db.users.find((u) => u.id === simulator.db.session.userId);
  render(
    <QueryClientProvider client={queryClient}>
      <CurrentUserContext value={{ user: person && currentUserOf(person), isPending: false }}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </CurrentUserContext>
    </QueryClientProvider>,
  );
  return router;
}

/** One version's row, found by its heading. */
export async function versionRow(version: string) {
  const heading = await screen.findByRole('heading', { level: 3, name: version }, SLOW);
  const row = heading.closest('li');
  if (!row) throw new Error(`no row for ${version}`);
  return within(row);
}

/** The versions whose status reads "Active" right now. */
export function activeRows(): string[] {
  return screen
    .getAllByRole('listitem')
    .filter((li) => within(li).queryByText('Active', { exact: true }))
    .map((li) => within(li).getByRole('heading', { level: 3 }).textContent);
}
