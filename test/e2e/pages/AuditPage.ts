import type { Locator, Page } from 'playwright-core';

export class AuditPage {
  readonly rows: Locator;
  readonly verification: Locator;
  readonly headHash: Locator;
  readonly exportLink: Locator;

  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.rows = page.getByTestId('audit-row');
    this.verification = page.getByTestId('audit-verification');
    this.headHash = page.getByTestId('audit-head-hash');
    this.exportLink = page.getByRole('link', { name: 'Export NDJSON' });
  }

  async goto(query = ''): Promise<this> {
    await this.page.goto(`/audit${query}`);
    await this.verification.waitFor();
    return this;
  }

  rowsWithAction(action: string): Locator {
    return this.page.locator(`[data-testid="audit-row"][data-action="${action}"]`);
  }

  /** The actions of the listed entries, top to bottom, read in one go. */
  actions(): Promise<string[]> {
    return this.page.getByTestId('audit-action').allTextContents();
  }

  verificationStatus(): Promise<string | null> {
    return this.verification.getAttribute('data-status');
  }

  async filterByAction(action: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Action' }).fill(action);
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
  }
}
