import type { Locator, Page } from 'playwright-core';

export interface NewUser {
  email: string;
  name: string;
  role: 'Admin' | 'SRE' | 'Support' | 'Viewer';
  password: string;
}

export class UsersPage {
  readonly createButton: Locator;
  readonly dialog: Locator;

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.createButton = page.getByRole('button', { name: 'Create user' });
    this.dialog = page.getByRole('dialog', { name: 'Create user' });
  }

  async goto(): Promise<this> {
    await this.page.goto('/settings/users');
    await this.createButton.waitFor();
    return this;
  }

  row(email: string): Locator {
    return this.page.getByTestId(`user-row-${email}`);
  }

  async openCreateDialog(): Promise<void> {
    await this.createButton.click();
    await this.dialog.waitFor();
  }

  async fillNewUser(user: NewUser): Promise<void> {
    await this.dialog.getByLabel('Email').fill(user.email);
    await this.dialog.getByLabel('Name').fill(user.name);
    await this.dialog.getByRole('combobox', { name: 'Role' }).click();
    await this.page.getByRole('option', { name: user.role, exact: true }).click();
    await this.dialog.getByRole('textbox', { name: 'Initial password' }).fill(user.password);
  }

  async createUser(user: NewUser): Promise<void> {
    await this.openCreateDialog();
    await this.fillNewUser(user);
    await this.dialog.getByRole('button', { name: 'Create user' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
    await this.row(user.email).waitFor();
  }
}
