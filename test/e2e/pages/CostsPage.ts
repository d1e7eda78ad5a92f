import type { Locator, Page } from 'playwright-core';

/** The Costs page: cost per deployment, capacity, and the price book. */
export class CostsPage {
  readonly page: Page;
  readonly lines: Locator;
  readonly gpuPrices: Locator;
  readonly apiPrices: Locator;
  readonly defaultPricesNote: Locator;
  readonly freeGpus: Locator;
  readonly deploymentCapacity: Locator;

  constructor(page: Page) {
    this.page = page;
    this.lines = page.getByRole('table', { name: 'Cost per line' });
    this.gpuPrices = page.getByRole('table', { name: 'GPU prices' });
    this.apiPrices = page.getByRole('table', { name: 'API prices' });
    this.defaultPricesNote = page.getByTestId('default-prices-note');
    this.freeGpus = page.getByRole('table', { name: 'Free GPUs by product' });
    this.deploymentCapacity = page.getByRole('table', { name: 'Deployment capacity' });
  }

  async goto(): Promise<this> {
    await this.page.goto('/costs');
    await this.page.getByRole('heading', { name: 'Costs', level: 1 }).waitFor();
    return this;
  }

  line(key: string): Locator {
    return this.lines.getByRole('row').filter({ hasText: key });
  }

  /** A GPU product's row of the Capacity section: product, nodes, allocatable, requested, free, most on one node. */
  freeGpuRow(product: string): Locator {
    return this.freeGpus.getByRole('row').filter({ hasText: product });
  }

  gpuPrice(product: string): Locator {
    return this.gpuPrices.getByRole('row').filter({ hasText: product });
  }

  /** Sets a GPU's price from now on, as an admin, through the price dialog. */
  async setGpuPrice(product: string, usdPerHour: string, source: string): Promise<void> {
    await this.page.getByRole('button', { name: `Set the price of ${product}` }).click();
    const dialog = this.page.getByRole('form', { name: 'GPU price' });
    await dialog.getByLabel('USD per GPU-hour').fill(usdPerHour);
    await dialog.getByRole('textbox', { name: 'Source', exact: true }).fill(source);
    await dialog.getByRole('button', { name: 'Save price' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
