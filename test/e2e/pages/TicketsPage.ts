import type { Locator, Page } from 'playwright-core';

/** The ticket queue and one ticket's page. */
export class TicketsPage {
  readonly page: Page;
  readonly rows: Locator;
  readonly statusBadge: Locator;
  readonly suggestedReply: Locator;
  readonly publicReplies: Locator;
  readonly internalNotes: Locator;

  constructor(page: Page) {
    this.page = page;
    this.rows = page.getByRole('table', { name: 'Tickets' }).locator('tbody tr');
    this.statusBadge = page.getByTestId('ticket-status').first();
    this.suggestedReply = page.getByTestId('suggested-reply');
    this.publicReplies = page.getByTestId('public-reply');
    this.internalNotes = page.getByTestId('internal-note');
  }

  async goto(): Promise<this> {
    await this.page.goto('/tickets');
    await this.page.getByRole('heading', { name: 'Tickets' }).waitFor();
    return this;
  }

  rowFor(reference: string): Locator {
    return this.rows.filter({ hasText: reference }).first();
  }

  async open(reference: string): Promise<void> {
    await this.rowFor(reference).getByRole('link').click();
    await this.page.getByRole('form', { name: 'Reply' }).waitFor();
  }

  status(): Promise<string | null> {
    return this.statusBadge.getAttribute('data-status');
  }

  /** Picks an open incident by its INC number and links the ticket to it. */
  async linkIncident(number: number): Promise<void> {
    const card = this.page.getByTestId('ticket-incident');
    await card.getByPlaceholder('Pick an incident').click();
    await this.page.getByRole('option', { name: new RegExp(`^INC-${number} `) }).click();
    await card.getByRole('button', { name: 'Link incident' }).click();
    await card.getByTestId('linked-incident-status').waitFor();
  }

  async writeInternalNote(body: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Reply' });
    await form.locator('label', { hasText: /^Internal note$/ }).click();
    await form.getByRole('textbox').fill(body);
    await form.getByRole('button', { name: 'Add internal note' }).click();
    await this.internalNotes.filter({ hasText: body }).first().waitFor();
  }

  /** Loads the suggested reply into the composer and sends it as a public reply. */
  async sendSuggestedReply(): Promise<string> {
    await this.suggestedReply.getByRole('button', { name: 'Edit and send' }).click();
    const form = this.page.getByRole('form', { name: 'Reply' });
    const text = await form.getByRole('textbox').inputValue();
    await form.getByRole('button', { name: 'Send public reply' }).click();
    await this.suggestedReply.waitFor({ state: 'detached' });
    return text;
  }
}
