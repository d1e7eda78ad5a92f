import type { Locator, Page } from 'playwright-core';

/** The incidents list and one incident's page. */
export class IncidentsPage {
  readonly page: Page;
  readonly rows: Locator;
  readonly statusBadge: Locator;
  readonly timeline: Locator;
  /** The diagnosis of the incident's deployment, on the incident's page. */
  readonly findings: Locator;

  constructor(page: Page) {
    this.page = page;
    this.rows = page.getByRole('table', { name: 'Incidents' }).locator('tbody tr');
    this.statusBadge = page.getByTestId('status-badge').first();
    this.timeline = page.getByTestId('timeline-entry');
    this.findings = page.getByTestId('incident-deployment').getByTestId('finding');
  }

  async goto(): Promise<this> {
    await this.page.goto('/incidents');
    await this.page.getByRole('heading', { name: 'Incidents' }).waitFor();
    return this;
  }

  /** The row of the newest incident about a deployment. */
  rowFor(namespace: string, name: string): Locator {
    return this.rows.filter({ hasText: `${namespace}/${name}` }).first();
  }

  status(): Promise<string | null> {
    return this.statusBadge.getAttribute('data-status');
  }

  async act(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  async addNote(body: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a note' });
    await form.getByRole('textbox').fill(body);
    await form.getByRole('button', { name: 'Add note' }).click();
    await this.timeline.filter({ hasText: body }).first().waitFor();
  }
}
