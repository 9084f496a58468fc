import type { ReactElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@mui/material/styles';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { getTheme } from '@/theme';
import type * as NavDrawerModule from './nav-drawer';
import type * as ThemeToggleModule from './theme-toggle';

const theme = getTheme();

/** Holds the import of `path` until `release` is called; then imports `entry` afresh. */
async function withHeldImport<T>(path: string, entry: () => Promise<T>) {
  vi.resetModules();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.doMock(path, async (importOriginal) => {
    await held;
    return importOriginal();
  });
  return { module: await entry(), release };
}

afterEach(() => {
  vi.doUnmock('./theme-menu');
  vi.doUnmock('./mobile-nav-drawer');
  vi.resetModules();
});

describe('header controls whose content loads on demand', () => {
  it('adds the theme button once the page’s content has painted, not before', async () => {
    vi.resetModules();
    const { AppHeader } = await import('./app-header');
    const { markContentPainted } = await import('@/lib/after-content');
    const { PlainLinkNavigation } = await import('@/components/list/plain-link');
    const header = (
      <PlainLinkNavigation>
        <AppHeader signedIn={false} showNavButton={false} navOpen={false} onOpenNav={vi.fn()} />
      </PlainLinkNavigation>
    );
    render(
      <ThemeProvider theme={theme}>
        <RouterProvider router={createMemoryRouter([{ path: '/', element: header }])} />
      </ThemeProvider>,
    );
    expect(screen.getByRole('link', { name: 'Upshift' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('button', { name: 'Theme' })).not.toBeInTheDocument();

    markContentPainted();
    expect(await screen.findByRole('button', { name: 'Theme' })).toBeInTheDocument();
  });

  it('opens the theme menu on the first click, as soon as its code has come', async () => {
    const { module, release } = await withHeldImport(
      './theme-menu',
      (): Promise<typeof ThemeToggleModule> => import('./theme-toggle'),
    );
    const user = userEvent.setup();
    render(
      <ThemeProvider theme={theme}>
        <module.ThemeToggle />
      </ThemeProvider>,
    );
    const button = screen.getByRole('button', { name: 'Theme' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    release();
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitemradio', { name: 'System' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Dark' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('draws the permanent navigation at once and loads the mobile drawer when opened', async () => {
    const { module, release } = await withHeldImport(
      './mobile-nav-drawer',
      (): Promise<typeof NavDrawerModule> => import('./nav-drawer'),
    );
    const { NavDrawer } = module;
    // The module registry was reset: the provider must come from the same fresh graph.
    const { PlainLinkNavigation } = await import('@/components/list/plain-link');
    const renderAt = (element: ReactElement) => {
      const shell = <PlainLinkNavigation>{element}</PlainLinkNavigation>;
      const router = createMemoryRouter([{ path: '*', element: shell }], {
        initialEntries: ['/applications'],
      });
      return render(
        <ThemeProvider theme={theme}>
          <RouterProvider router={router} />
        </ThemeProvider>,
      );
    };

    const desktop = renderAt(<NavDrawer permanent mobileOpen={false} onClose={() => undefined} />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toHaveAttribute('id', 'main-navigation');
    expect(within(nav).getByRole('link', { name: 'Applications' })).toHaveClass('Mui-selected');
    desktop.unmount();

    renderAt(<NavDrawer permanent={false} mobileOpen onClose={() => undefined} />);
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    release();
    const drawer = await screen.findByRole('dialog', { name: 'Navigation' });
    expect(within(drawer).getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
