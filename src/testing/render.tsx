import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { currentUserOf } from '@mocks/core/identity';
import { simulator } from '@mocks/simulator';
import { ToastProvider } from '@/components/feedback/toast-provider';
import { CurrentUserContext } from '@/components/layout/current-user-context';
import { PlainLinkNavigation } from '@/components/list/plain-link';
import { getTheme } from '@/theme';

const theme = getTheme();

interface Options {
  /** Where the memory router starts, e.g. "/applications?status=failed". */
  url?: string;
  /** Route pattern the element is mounted at, for screens that read path parameters. */
  path?: string;
}

/** The signed-in person as the simulator has them, so permissions match what the API enforces. */
function signedInUser() {
  const user = simulator.db.users.find((u) => u.id === simulator.db.session.userId);
  return user ? currentUserOf(user) : undefined;
}

/** Renders with every provider the app has, a fresh QueryClient and a memory router. */
export function renderWithProviders(ui: ReactElement, { url = '/', path = '*' }: Options = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
  const element = <PlainLinkNavigation>{ui}</PlainLinkNavigation>;
  const router = createMemoryRouter([{ path, element }], { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <CurrentUserContext value={{ user: signedInUser(), isPending: false }}>
          <ToastProvider>
            <RouterProvider router={router} />
          </ToastProvider>
        </CurrentUserContext>
      </ThemeProvider>
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}
