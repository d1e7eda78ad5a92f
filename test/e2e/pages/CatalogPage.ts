import type { Locator, Page } from 'playwright-core';

export interface NewModel {
  name: string;
  family: string;
  source: string;
  revision: string;
  license: string;
  parameters: string;
  contextLength: string;
  gpuMemory: string;
}

export interface NewRelease {
  runtime: string;
  image: string;
  maxModelLength?: string;
  gpus: string;
  cpu: string;
  memory: string;
}

export interface NewGoldenPrompt {
  name: string;
  system?: string;
  user: string;
  maxTokens?: string;
  /** One per line. */
  contains?: string;
  mustNotContain?: string;
  pattern?: string;
  maxLength?: string;
  jsonSchema?: string;
}

export class CatalogPage {
  readonly page: Page;
  readonly registerButton: Locator;
  readonly registerDialog: Locator;
  readonly releaseDialog: Locator;
  readonly releasesPanel: Locator;
  readonly diff: Locator;
  readonly goldenPrompts: Locator;
  readonly goldenPromptDialog: Locator;
  readonly runDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.registerButton = page.getByRole('button', { name: 'Register model' }).first();
    this.registerDialog = page.getByRole('dialog', { name: 'Register model' });
    this.releaseDialog = page.getByRole('dialog', { name: /^(Create a release of|Release ready)/ });
    this.releasesPanel = page.getByTestId('releases-panel');
    this.diff = page.getByTestId('release-diff');
    this.goldenPrompts = page.getByTestId('golden-prompts-panel');
    this.goldenPromptDialog = page.getByRole('dialog', {
      name: /^(Add golden prompt|Edit golden prompt)/,
    });
    this.runDialog = page.getByRole('dialog', { name: /^Run the golden prompts of/ });
  }

  async goto(): Promise<this> {
    await this.page.goto('/catalog');
    await this.page.getByRole('heading', { name: 'Catalog' }).waitFor();
    return this;
  }

  modelRow(name: string): Locator {
    return this.page.getByTestId(`model-row-${name}`);
  }

  async registerModel(model: NewModel): Promise<void> {
    await this.registerButton.click();
    await this.registerDialog.waitFor();
    const d = this.registerDialog;
    await d.getByLabel('Name').fill(model.name);
    await d.getByLabel('Family').fill(model.family);
    await d.getByLabel('Source').fill(model.source);
    await d.getByLabel('Revision').fill(model.revision);
    await d.getByLabel('Licence').fill(model.license);
    await d.getByLabel('Parameters (billions)').fill(model.parameters);
    await d.getByLabel('Context length').fill(model.contextLength);
    await d.getByLabel('GPU memory (GiB)').fill(model.gpuMemory);
    await d.getByRole('button', { name: 'Register model' }).click();
    await d.waitFor({ state: 'hidden' });
    await this.modelRow(model.name).waitFor();
  }

  /** Fills and submits the release form; the dialog then shows the release and its warnings. */
  async createRelease(release: NewRelease): Promise<string> {
    await this.releasesPanel.getByRole('button', { name: 'Create release' }).click();
    const d = this.releaseDialog;
    await d.waitFor();
    await d.getByRole('combobox', { name: 'Runtime' }).click();
    await this.page.getByRole('option', { name: release.runtime, exact: true }).click();
    await d.getByRole('textbox', { name: 'Image' }).fill(release.image);
    if (release.maxModelLength) await d.getByLabel('Max model length').fill(release.maxModelLength);
    await d.getByRole('textbox', { name: 'GPUs' }).fill(release.gpus);
    await d.getByRole('textbox', { name: 'CPU', exact: true }).fill(release.cpu);
    await d.getByRole('textbox', { name: 'Memory', exact: true }).fill(release.memory);
    await d.getByRole('button', { name: 'Create release' }).click();
    await d.getByTestId('release-result').waitFor();
    return (await d.getByTestId('release-id').textContent()) ?? '';
  }

  async closeReleaseResult(): Promise<void> {
    await this.releaseDialog.getByRole('button', { name: 'Done' }).click();
    await this.releaseDialog.waitFor({ state: 'hidden' });
  }

  async compare(a: string, b: string): Promise<void> {
    await this.releasesPanel.getByRole('checkbox', { name: `Compare ${a}` }).check();
    await this.releasesPanel.getByRole('checkbox', { name: `Compare ${b}` }).check();
    await this.releasesPanel.getByRole('button', { name: /^Compare 2\/2/ }).click();
    await this.diff.getByRole('table').waitFor();
  }

  goldenPromptRow(name: string): Locator {
    return this.goldenPrompts.getByTestId(`golden-prompt-row-${name}`);
  }

  /** Opens the form and fills it, without submitting. */
  async fillGoldenPrompt(prompt: NewGoldenPrompt): Promise<Locator> {
    await this.goldenPrompts.getByRole('button', { name: 'Add golden prompt' }).click();
    const d = this.goldenPromptDialog;
    await d.waitFor();
    await d.getByLabel('Name').fill(prompt.name);
    if (prompt.system) await d.getByLabel('System message').fill(prompt.system);
    await d.getByLabel('User message').fill(prompt.user);
    if (prompt.maxTokens) await d.getByLabel('Max tokens').fill(prompt.maxTokens);
    if (prompt.contains) await d.getByLabel('Contain', { exact: true }).fill(prompt.contains);
    if (prompt.mustNotContain) await d.getByLabel('Not contain').fill(prompt.mustNotContain);
    if (prompt.pattern) await d.getByLabel('Match the regular expression').fill(prompt.pattern);
    if (prompt.maxLength) await d.getByLabel('Be at most (characters)').fill(prompt.maxLength);
    if (prompt.jsonSchema)
      await d.getByLabel('Be JSON valid against the schema').fill(prompt.jsonSchema);
    return d;
  }

  async addGoldenPrompt(prompt: NewGoldenPrompt): Promise<void> {
    const d = await this.fillGoldenPrompt(prompt);
    await d.getByRole('button', { name: 'Add golden prompt' }).click();
    await d.waitFor({ state: 'hidden' });
    await this.goldenPromptRow(prompt.name).waitFor();
  }

  /**
   * Runs the model's golden prompts on its only (or first) deployment, on any ready pod or the
   * one whose name matches `pod`; returns the results.
   */
  async runGoldenPrompts(pod?: RegExp): Promise<Locator> {
    await this.goldenPrompts.getByRole('button', { name: 'Run on a deployment' }).click();
    const d = this.runDialog;
    await d.waitFor();
    if (pod) {
      await d.getByRole('combobox', { name: 'Pod' }).click();
      await this.page.getByRole('option', { name: pod }).first().click();
    }
    await d.getByRole('button', { name: 'Run', exact: true }).click();
    const results = d.getByTestId('check-results');
    await results.waitFor();
    return results;
  }

  async closeRunDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.runDialog.waitFor({ state: 'hidden' });
  }
}
