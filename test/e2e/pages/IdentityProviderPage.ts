import type { Locator, Page } from 'playwright-core';

/** The test identity provider's own sign-in and consent pages (oidc-provider's development pages). */
export class IdentityProviderPage {
  readonly login: Locator;
  readonly password: Locator;
  readonly signIn: Locator;
  readonly continue: Locator;

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.login = page.locator('input[name="login"]');
    this.password = page.locator('input[name="password"]');
    this.signIn = page.getByRole('button', { name: 'Sign-in' });
    this.continue = page.getByRole('button', { name: 'Continue' });
  }

  /** Signs in as `login` (any password) and allows Backline the requested access. */
  async signInAs(login: string): Promise<void> {
    await this.login.fill(login);
    await this.password.fill('any password will do');
    await this.signIn.click();
    await this.continue.click();
  }
}
