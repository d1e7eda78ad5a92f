import type { Locator, Page } from 'playwright-core';

/** The rollout panel on a deployment's page, and the canary steps of the deploy form. */
export class RolloutPanel {
  readonly page: Page;
  readonly root: Locator;
  readonly stateBadge: Locator;
  readonly steps: Locator;
  readonly events: Locator;
  readonly reason: Locator;
  readonly analysis: Locator;
  readonly history: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('rollout-panel');
    this.stateBadge = this.root.getByTestId('rollout-state');
    this.steps = this.root.getByTestId('rollout-step');
    this.events = this.root.getByTestId('rollout-event');
    this.reason = this.root.getByTestId('rollout-reason');
    this.analysis = this.root.getByTestId('analysis-result');
    this.history = page.getByTestId('rollout-history-row');
  }

  /** The rollout's state, or NONE before any rollout. */
  async state(): Promise<string | null> {
    return this.root.getAttribute('data-state');
  }

  async stepStatuses(): Promise<(string | null)[]> {
    const steps = await this.steps.all();
    return Promise.all(steps.map((step) => step.getAttribute('data-status')));
  }

  async act(action: 'Pause' | 'Resume'): Promise<void> {
    await this.root.getByRole('button', { name: action, exact: true }).click();
  }

  async abort(reason: string): Promise<void> {
    await this.root.getByRole('button', { name: 'Abort', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Abort the rollout/ });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await dialog.getByRole('button', { name: 'Abort rollout' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** In the new-deployment form: the release by its short id, the canary strategy and its steps. */
  static async chooseCanary(
    form: Locator,
    release: string,
    steps: { weightPercent: number; analysisSeconds: number }[],
  ): Promise<void> {
    const page = form.page();
    await form.getByRole('combobox', { name: 'Release' }).click();
    await page.getByRole('option', { name: new RegExp(release) }).click();
    await form.getByText('Canary', { exact: true }).click();
    const editor = form.getByTestId('canary-steps');
    await editor.waitFor();
    let rows = await editor.getByTestId('canary-step-row').count();
    while (rows > steps.length) {
      await editor.getByRole('button', { name: `Remove step ${rows}` }).click();
      rows -= 1;
    }
    while (rows < steps.length) {
      await editor.getByRole('button', { name: 'Add step' }).click();
      rows += 1;
    }
    for (const [i, step] of steps.entries()) {
      await editor
        .getByRole('textbox', { name: `Step ${i + 1} weight (%)` })
        .fill(String(step.weightPercent));
      await editor
        .getByRole('textbox', { name: `Step ${i + 1} analysis (seconds)` })
        .fill(String(step.analysisSeconds));
    }
  }
}
