import type { Locator, Page } from 'playwright-core';

/** The public status page, as an anonymous visitor sees it. */
export class StatusPage {
  readonly page: Page;
  readonly banner: Locator;
  readonly components: Locator;
  readonly incidents: Locator;

  constructor(page: Page) {
    this.page = page;
    this.banner = page.locator('.banner');
    this.components = page.locator('li.component');
    this.incidents = page.locator('article.incident');
  }

  async goto(): Promise<this> {
    await this.page.goto('/status');
    await this.page.getByRole('heading', { name: 'Service status' }).waitFor();
    return this;
  }

  component(name: string): Locator {
    return this.components.filter({ hasText: name });
  }
}
