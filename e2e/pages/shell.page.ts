import type { Locator, Page } from '@playwright/test';
import { settled } from '../support/settled';

export type ThemeMode = 'System' | 'Light' | 'Dark';

/**
 * The frame around every screen: app bar, main navigation, user menu, theme toggle.
 * Accessible names follow src/components/layout/*; fix them here, not in specs, when they change.
 */
export class ShellPage {
  readonly banner: Locator;
  readonly main: Locator;
  readonly navigation: Locator;
  readonly openNavigationButton: Locator;
  readonly themeButton: Locator;
  readonly userMenuButton: Locator;
  readonly standaloneBadge: Locator;
  readonly pageLoading: Locator;
  readonly skipLink: Locator;
  readonly breadcrumbs: Locator;
  /** The temporary navigation drawer of narrow screens. */
  readonly navigationDrawer: Locator;
  readonly themeMenu: Locator;
  readonly accountMenu: Locator;
  /** The polite live region that holds the current toast. */
  readonly toasts: Locator;
  readonly resetDialog: Locator;
  readonly simulatorControls: Locator;
  /**
   * The document element: the theme is applied to it (MUI's colour-scheme class and the
   * `color-scheme` property), which no role or label exposes.
   */
  readonly root: Locator;
  /** The page's background is painted on body (CssBaseline). */
  readonly body: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.main = page.getByRole('main');
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.openNavigationButton = this.banner.getByRole('button', { name: 'Open navigation' });
    this.themeButton = this.banner.getByRole('button', { name: 'Theme' });
    this.userMenuButton = this.banner.getByRole('button', { name: /^Account:/ });
    this.standaloneBadge = this.banner.getByText(/standalone/i);
    this.pageLoading = page.getByRole('progressbar', { name: 'Loading page' });
    this.skipLink = page.getByRole('link', { name: 'Skip to content' });
    this.breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    this.navigationDrawer = page.getByRole('dialog', { name: 'Navigation' });
    this.themeMenu = this.banner.getByRole('menu', { name: 'Theme' });
    this.accountMenu = page.getByRole('menu', { name: 'Account' });
    this.toasts = page.getByRole('status', { name: 'Notifications' });
    this.resetDialog = page.getByRole('dialog', { name: 'Reset demo data?' });
    this.simulatorControls = page.getByRole('dialog', { name: 'Simulator controls' });
    this.root = page.locator('html');
    this.body = page.locator('body');
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  /** The screen's own title: the one level-1 heading inside main. */
  heading(name: string | RegExp): Locator {
    return this.main.getByRole('heading', { level: 1, name });
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole('link', { name, exact: true });
  }

  /** Follows a main-navigation entry, opening the drawer first on narrow screens. */
  async navigateTo(area: string): Promise<void> {
    if (await this.openNavigationButton.isVisible()) await this.openNavigationButton.click();
    await this.navLink(area).click();
  }

  themeOption(mode: ThemeMode): Locator {
    return this.themeMenu.getByRole('menuitemradio', { name: mode, exact: true });
  }

  /** Picks a theme from the Theme menu and waits until the menu has closed. */
  async chooseTheme(mode: ThemeMode): Promise<void> {
    await this.themeButton.click();
    await this.themeOption(mode).click();
    await this.themeMenu.waitFor({ state: 'hidden' });
  }

  /** "Account: Alex Morgan, Administrator" → the signed-in person's name and role label. */
  async signedInAs(): Promise<string> {
    return (
      (await this.userMenuButton.getAttribute('aria-label'))?.replace(/^Account:\s*/, '') ?? ''
    );
  }

  async openUserMenu(): Promise<Locator> {
    await this.userMenuButton.click();
    return this.page.getByRole('menu', { name: 'Account' });
  }

  /** Standalone only: switch to a seeded person by their display name, e.g. "Victor Lee". */
  async switchUser(name: string): Promise<void> {
    const menu = await this.openUserMenu();
    await menu
      .getByRole('menuitemradio', { name: new RegExp(`^${escapeRegExp(name)}\\b`) })
      .click();
  }

  async signOut(): Promise<void> {
    const menu = await this.openUserMenu();
    await menu.getByRole('menuitem', { name: 'Sign out' }).click();
  }

  async openSimulatorControls(): Promise<void> {
    const menu = await this.openUserMenu();
    await menu.getByRole('menuitem', { name: /Simulator controls/ }).click();
  }

  /** Opens the "Reset demo data?" confirmation; confirm or cancel it through `resetDialog`. */
  async resetDemoData(): Promise<void> {
    const menu = await this.openUserMenu();
    await menu.getByRole('menuitem', { name: /Reset demo data/ }).click();
  }

  /** Sign-out screen, standalone: the button of one seeded person, e.g. "Priya Shah". */
  signInButton(name: string): Locator {
    return this.main.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
  }

  /** Resolves once no finite animation runs: an axe scan or screenshot sees the settled page. */
  async settled(): Promise<void> {
    await settled(this.page);
  }

  /** Opens the temporary navigation drawer (narrow screens) and returns it. */
  async openNavigationDrawer(): Promise<Locator> {
    await this.openNavigationButton.click();
    return this.navigationDrawer;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
