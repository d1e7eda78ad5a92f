import type { Locator, Page } from 'playwright-core';

export class TokensPage {
  readonly createButton: Locator;
  readonly createDialog: Locator;
  readonly secretDialog: Locator;
  readonly secret: Locator;
  readonly revokeDialog: Locator;

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.createButton = page.getByRole('button', { name: 'Create token', exact: true });
    this.createDialog = page.getByRole('dialog', { name: 'Create API token' });
    this.secretDialog = page.getByRole('dialog', { name: 'Your new API token' });
    this.secret = this.secretDialog.getByTestId('token-secret');
    this.revokeDialog = page.getByRole('dialog', { name: 'Revoke API token' });
  }

  async goto(): Promise<this> {
    await this.page.goto('/settings/tokens');
    await this.createButton.waitFor();
    return this;
  }

  row(name: string): Locator {
    return this.page.getByTestId(`token-row-${name}`);
  }

  /** Creates a token and leaves its one-time secret on screen. */
  async createToken(name: string, expiresInDays = 30): Promise<void> {
    await this.createButton.click();
    await this.createDialog.waitFor();
    await this.createDialog.getByLabel('Name').fill(name);
    await this.createDialog.getByLabel('Expires after (days)').fill(String(expiresInDays));
    await this.createDialog.getByRole('button', { name: 'Create token' }).click();
    await this.secretDialog.waitFor();
  }

  async dismissSecret(): Promise<void> {
    await this.secretDialog.getByRole('button', { name: 'I have copied it' }).click();
    await this.secretDialog.waitFor({ state: 'hidden' });
  }

  async revoke(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Revoke ${name}` })
      .click();
    await this.revokeDialog.waitFor();
    await this.revokeDialog.getByRole('button', { name: 'Revoke token' }).click();
    await this.revokeDialog.waitFor({ state: 'hidden' });
  }
}
