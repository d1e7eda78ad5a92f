import type { Locator, Page } from 'playwright-core';

export class ProfilePage {
  readonly page: Page;
  readonly form: Locator;
  readonly currentPassword: Locator;
  readonly newPassword: Locator;
  readonly confirmPassword: Locator;
  readonly submit: Locator;

  constructor(page: Page) {
    this.page = page;
    this.form = page.getByRole('form', { name: 'Change password' });
    this.currentPassword = this.form.getByRole('textbox', { name: 'Current password' });
    this.newPassword = this.form.getByRole('textbox', { name: 'New password', exact: true });
    this.confirmPassword = this.form.getByRole('textbox', { name: 'Confirm new password' });
    this.submit = this.form.getByRole('button', { name: 'Change password' });
  }

  async goto(): Promise<this> {
    await this.page.goto('/settings/profile');
    await this.submit.waitFor();
    return this;
  }

  async changePassword(current: string, next: string): Promise<void> {
    await this.currentPassword.fill(current);
    await this.newPassword.fill(next);
    await this.confirmPassword.fill(next);
    await this.submit.click();
  }
}
