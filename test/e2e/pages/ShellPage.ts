import type { Locator, Page } from 'playwright-core';

export type Section = 'Overview' | 'Deployments' | 'Incidents' | 'Tickets' | 'Audit';

/** The frame around every signed-in page: header, navigation, user menu. */
export class ShellPage {
  readonly navigation: Locator;
  readonly userMenuButton: Locator;
  readonly viewerEmail: Locator;
  readonly viewerRole: Locator;
  readonly simulatedClusterBanner: Locator;

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.navigation = page.getByRole('navigation', { name: 'Main navigation' });
    this.userMenuButton = page.getByRole('button', { name: /Account menu/ });
    this.viewerEmail = page.getByTestId('viewer-email');
    this.viewerRole = page.getByTestId('viewer-role');
    this.simulatedClusterBanner = page.getByText('Connected to the built-in simulated cluster');
  }

  async waitUntilSignedIn(): Promise<void> {
    await this.userMenuButton.waitFor();
  }

  /** Opens a section by its link, whose name may go on with a count ("Incidents 2 open incidents"). */
  async open(section: Section): Promise<void> {
    await this.navigation.getByRole('link', { name: new RegExp(`^${section}( |$)`) }).click();
  }

  async openSettings(tab: 'Users' | 'API tokens' | 'Profile'): Promise<void> {
    const link = this.navigation.getByRole('link', { name: tab, exact: true });
    if (!(await link.isVisible())) {
      await this.navigation.getByText('Settings', { exact: true }).click();
    }
    await link.click();
  }

  /** Whether the navigation is on screen; on phones it slides in from the left. */
  async isNavigationOnScreen(): Promise<boolean> {
    const box = await this.navigation.boundingBox();
    return box !== null && box.x + box.width > 0;
  }

  async openUserMenu(): Promise<void> {
    await this.userMenuButton.click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).waitFor();
  }

  async chooseTheme(theme: 'Light theme' | 'Dark theme' | 'Match system'): Promise<void> {
    await this.userMenuButton.click();
    await this.page.getByRole('menuitem', { name: new RegExp(`^${theme}`) }).click();
    await this.page.keyboard.press('Escape');
  }

  async signOut(): Promise<void> {
    await this.userMenuButton.click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
  }

  colorScheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-mantine-color-scheme');
  }
}
