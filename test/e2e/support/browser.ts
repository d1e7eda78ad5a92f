import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  type Browser,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const CHROMIUM_PATH = process.env.BACKLINE_E2E_CHROMIUM ?? '/usr/bin/chromium';

const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Debian's Chromium, headless, with the background traffic of a desktop browser turned off. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; install it (apt-get install chromium) or set BACKLINE_E2E_CHROMIUM.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no cookies, no stored theme) on the server under test. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 860 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
    ...options,
  });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Saves a screenshot of one element to test-results/screenshots/<name>.png. */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await locator.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/** Whether an error a page reported counts against the test; by default, every one does. */
export type CountsAsError = (page: Page, message: string) => boolean;

/** Adds the page's uncaught errors and console errors to `into`, for a test to assert none. */
export function collectErrors(
  page: Page,
  into: string[],
  counts: CountsAsError = () => true,
): void {
  page.on('pageerror', (error) => {
    if (counts(page, error.message)) into.push(`${page.url()}: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && counts(page, message.text())) {
      into.push(`${page.url()}: ${message.text()}`);
    }
  });
}

/** Closes the toasts, also those still arriving, so they do not cover what a screenshot is for. */
export async function dismissNotifications(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.evaluate(
          "document.querySelectorAll('.mantine-Notification-root button').forEach((b) => b.click())",
        );
        return page.locator('.mantine-Notification-root').count();
      },
      { timeout: 10_000 },
    )
    .toBe(0);
}

/**
 * The browser side of an e2e file: Chromium launched before the tests and closed after them,
 * fresh pages on the server under test, and no uncaught or console error allowed in any test
 * (but those `counts` lets pass). Call it after the hooks that start the server, so the browser
 * closes before the server stops; a page shared by a file's tests is opened in a later `beforeAll`.
 */
export function browserSession(baseURL: () => string, counts?: CountsAsError) {
  let browser: Browser | undefined;
  const pages: Page[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser?.close();
  });
  return {
    /** A fresh browser profile whose errors fail the test that opened it. */
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      if (!browser) throw new Error('The browser starts in beforeAll; open pages in a test.');
      const page = await openPage(browser, baseURL(), options);
      collectErrors(page, errors, counts);
      pages.push(page);
      return page;
    },
  };
}
