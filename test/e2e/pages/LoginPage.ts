import type { Locator, Page } from 'playwright-core';

export class LoginPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly notice: Locator;
  /** Why the last single sign-on failed, above the sign-in options. */
  readonly ssoError: Locator;

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    const form = page.getByRole('form', { name: 'Sign in' });
    this.email = form.getByLabel('Email');
    this.password = form.getByRole('textbox', { name: 'Password' });
    this.submit = form.getByRole('button', { name: 'Sign in' });
    this.error = form.getByRole('alert');
    this.notice = form.getByRole('status');
    this.ssoError = page.getByRole('alert').filter({ hasText: 'Single sign-on failed' });
  }

  /** The "Sign in with …" button of the identity provider. */
  ssoButton(displayName: string): Locator {
    return this.page.getByRole('link', { name: `Sign in with ${displayName}` });
  }

  async goto(next?: string): Promise<this> {
    await this.page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
    await this.submit.waitFor();
    return this;
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
