import type { Locator, Page } from 'playwright-core';

export interface NewDeployment {
  name: string;
  environment: 'Dev' | 'Staging' | 'Prod';
  model: string;
  replicas: string;
  reason: string;
}

/** The deployments list and the new-deployment form. */
export class DeploymentsPage {
  readonly page: Page;
  readonly form: Locator;

  constructor(page: Page) {
    this.page = page;
    this.form = page.getByRole('form', { name: 'New deployment' });
  }

  async goto(): Promise<this> {
    await this.page.goto('/deployments');
    await this.page.getByRole('heading', { name: 'Deployments' }).waitFor();
    return this;
  }

  row(namespace: string, name: string): Locator {
    return this.page.getByTestId(`deployment-row-${namespace}-${name}`);
  }

  async openNewForm(): Promise<void> {
    await this.page.getByRole('link', { name: 'New deployment' }).first().click();
    await this.form.waitFor();
  }

  nameInput(): Locator {
    return this.form.getByRole('textbox', { name: 'Name', exact: true });
  }

  async fill(deployment: NewDeployment): Promise<void> {
    await this.nameInput().fill(deployment.name);
    await this.form.getByText(deployment.environment, { exact: true }).click();
    await this.form.getByRole('combobox', { name: 'Model' }).click();
    await this.page.getByRole('option', { name: deployment.model, exact: true }).click();
    await this.form.getByTestId('release-warnings').waitFor();
    await this.form.getByRole('textbox', { name: 'Replicas' }).fill(deployment.replicas);
    await this.form.getByRole('textbox', { name: 'Reason' }).fill(deployment.reason);
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Deploy' }).click();
  }
}
