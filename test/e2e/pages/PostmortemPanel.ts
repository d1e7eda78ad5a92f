import type { Locator, Page } from 'playwright-core';

/** The postmortem and public-update cards of an incident's page. */
export class PostmortemPanel {
  readonly page: Page;
  readonly card: Locator;
  readonly updates: Locator;
  readonly preview: Locator;

  constructor(page: Page) {
    this.page = page;
    this.card = page.getByTestId('postmortem');
    this.updates = page.getByTestId('public-updates');
    this.preview = page.getByTestId('public-preview');
  }

  async start(): Promise<void> {
    await this.card.getByRole('button', { name: 'Start postmortem' }).click();
    await this.card.getByLabel('Root cause').waitFor();
  }

  async write(section: 'Summary' | 'Impact' | 'Root cause' | 'Contributing factors', text: string) {
    await this.card.getByLabel(section, { exact: true }).fill(text);
  }

  async addActionItem(title: string, owner: string, due: string): Promise<void> {
    const form = this.card.getByRole('form', { name: 'Add an action item' });
    await form.getByLabel('New action item').fill(title);
    await form.getByLabel('Owner', { exact: true }).click();
    await this.page.getByRole('option', { name: owner }).click();
    await form.getByLabel('Due').fill(due);
    await form.getByRole('button', { name: 'Add' }).click();
    await this.card.getByTestId('action-items').getByText(title).waitFor();
  }

  async publish(): Promise<void> {
    await this.card.getByRole('button', { name: 'Publish' }).click();
    await this.card.getByText('Published', { exact: true }).waitFor();
  }

  async composeUpdate(status: string, body: string): Promise<void> {
    await this.updates.getByLabel('Public status', { exact: true }).click();
    await this.page.getByRole('option', { name: status }).click();
    await this.updates.getByLabel(/Public update/).fill(body);
    await this.preview.waitFor();
  }

  async postUpdate(): Promise<void> {
    const body = await this.updates.getByLabel(/Public update/).inputValue();
    await this.updates.getByRole('button', { name: 'Post update' }).click();
    await this.updates.getByText(body).first().waitFor();
  }
}
