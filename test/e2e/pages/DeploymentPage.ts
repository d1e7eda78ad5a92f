import type { Locator, Page } from 'playwright-core';

/** One model deployment's page. */
export class DeploymentPage {
  readonly page: Page;
  readonly phaseBadge: Locator;
  readonly readySummary: Locator;
  readonly pods: Locator;
  readonly events: Locator;
  readonly manifest: Locator;
  readonly healthCard: Locator;
  readonly diagnosis: Locator;
  readonly findings: Locator;
  readonly charts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.phaseBadge = page.getByTestId('phase-badge').first();
    this.readySummary = page.getByTestId('ready-summary');
    this.pods = page.getByTestId('pod-row');
    this.events = page.getByTestId('event-item');
    this.manifest = page.getByTestId('manifest-yaml');
    this.healthCard = page.getByTestId('health-card');
    this.diagnosis = page.getByTestId('diagnosis-panel');
    this.findings = page.getByTestId('finding');
    this.charts = page.getByTestId('health-charts');
  }

  /** Opens one of the page's tabs by its label, e.g. "Pods & events". */
  async openTab(label: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name: new RegExp(`^${label}`) });
    await tab.click();
    await this.page.locator('[role="tab"][aria-selected="true"]', { hasText: label }).waitFor();
  }

  phase(): Promise<string | null> {
    return this.phaseBadge.getAttribute('data-phase');
  }

  health(): Promise<string | null> {
    return this.healthCard.getByTestId('health-badge').getAttribute('data-health');
  }

  /** How many metric lines have been drawn with at least one segment. */
  drawnLines(): Promise<number> {
    return this.charts.locator('path.recharts-line-curve[d*="L"]').count();
  }

  /** Opens the deploy form for this deployment from the page's Deploy release action. */
  async openDeployRelease(): Promise<DeployReleaseForm> {
    await this.page.getByRole('link', { name: 'Deploy release' }).click();
    const form = new DeployReleaseForm(this.page);
    await form.root.getByTestId('existing-deployment').waitFor();
    return form;
  }

  async scale(replicas: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Scale', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Scale / });
    await dialog.getByRole('textbox', { name: 'Replicas' }).fill(String(replicas));
    await dialog.getByRole('button', { name: 'Scale', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async delete(name: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Delete ${name}` });
    await dialog.getByRole('textbox', { name: `Type ${name} to confirm` }).fill(name);
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await dialog.getByRole('button', { name: 'Delete deployment' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}

/** The deploy form opened for an existing deployment: its settings filled in and editable. */
export class DeployReleaseForm {
  readonly page: Page;
  readonly root: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByRole('form', { name: 'New deployment' });
  }

  field(label: RegExp): Locator {
    return this.root.getByRole('textbox', { name: label });
  }

  errorRatioSlo(): Promise<string> {
    return this.field(/^Error-ratio SLO/).inputValue();
  }

  ttftSlo(): Promise<string> {
    return this.field(/^Time-to-first-token/).inputValue();
  }

  replicas(): Promise<string> {
    return this.field(/^Replicas/).inputValue();
  }

  /** Chooses a release by a part of its label (runtime · short id · date). */
  async chooseRelease(label: RegExp): Promise<void> {
    await this.root.getByRole('combobox', { name: 'Release' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async deploy(): Promise<void> {
    await this.root.getByRole('button', { name: 'Deploy release' }).click();
  }
}
