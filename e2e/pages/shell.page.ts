import type { Locator, Page } from '@playwright/test';

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

  constructor(readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.main = page.getByRole('main');
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.openNavigationButton = this.banner.getByRole('button', { name: 'Open navigation' });
    this.themeButton = this.banner.getByRole('button', { name: 'Theme' });
    this.userMenuButton = this.banner.getByRole('button', { name: /^Account:/ });
    this.standaloneBadge = this.banner.getByText(/standalone/i);
    this.pageLoading = page.getByRole('progressbar', { name: 'Loading page' });
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  /** The screen's own title: the one level-1 heading inside main. */
  heading(name: string | RegExp): Locator {
    return this.main.getByRole('heading', { level: 1, name });
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole('link', { name });
  }

  /** Follows a main-navigation entry, opening the drawer first on narrow screens. */
  async navigateTo(area: string): Promise<void> {
    if (await this.openNavigationButton.isVisible()) await this.openNavigationButton.click();
    await this.navLink(area).click();
  }

  async chooseTheme(mode: ThemeMode): Promise<void> {
    await this.themeButton.click();
    await this.page.getByRole('menuitemradio', { name: mode }).click();
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

  async resetDemoData(): Promise<void> {
    const menu = await this.openUserMenu();
    await menu.getByRole('menuitem', { name: /Reset demo data/ }).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
