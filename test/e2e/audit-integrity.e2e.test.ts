import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from '../support/graphql.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { AuditPage } from './pages/AuditPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, screenshot, screenshotOf } from './support/browser.ts';

const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token { id } }
}`;

let server: TestServer;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.stop();
});

const session = browserSession(() => server.url);

beforeAll(async () => {
  page = await session.newPage();
  const loginPage = await new LoginPage(page).goto();
  await loginPage.signIn(server.adminEmail, server.adminPassword);
  await new ShellPage(page).waitUntilSignedIn();
});

describe('the audit page on a long and then a tampered log', () => {
  it('pages through more entries than fit on one page', async () => {
    const cookie = await login(server.url, server.adminEmail, server.adminPassword);
    for (let i = 0; i < 55; i += 1) {
      const result = await graphql(
        server.url,
        CREATE_TOKEN,
        { input: { name: `batch-${i}`, role: 'VIEWER', expiresInDays: 1 } },
        { cookie },
      );
      expect(result.errors).toBeUndefined();
    }
    const audit = await new AuditPage(page).goto();
    await expect.poll(() => audit.rows.count(), { timeout: 15_000 }).toBe(50);
    const total = await page.getByText(/^50 of \d+ entries$/).textContent();
    const totalCount = Number(/of (\d+)/.exec(total ?? '')?.[1]);
    expect(totalCount).toBeGreaterThan(55);

    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => audit.rows.count(), { timeout: 15_000 }).toBe(totalCount);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    // Newest first, no gaps or repeats across the page boundary.
    const seqs = (await page.getByTestId('audit-seq').allTextContents()).map(Number);
    expect(seqs).toEqual(Array.from({ length: totalCount }, (_, i) => totalCount - i));
  });

  it('names the first altered entry in red', async () => {
    await server.backline.db.exec(`
      ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      UPDATE audit_log SET details = '{"name":"rewritten"}' WHERE seq = 5;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;
    `);
    const audit = await new AuditPage(page).goto();
    await expect.poll(() => audit.verificationStatus(), { timeout: 15_000 }).toBe('failed');
    const text = await audit.verification.textContent();
    expect(text).toContain('Chain verification failed at entry #5');
    expect(await page.getByTestId('audit-mismatch-kind').textContent()).toBe('Entry altered');
    expect(text).toMatch(/Entry 5 was altered/);
    const color = String(
      await page.evaluate(
        `getComputedStyle(document.querySelector('[data-testid="audit-verification"] h4')).color`,
      ),
    );
    const [red, green, blue] = (color.match(/\d+/g) ?? []).map(Number);
    expect(red).toBeGreaterThan((green ?? 0) + 60);
    expect(red).toBeGreaterThan((blue ?? 0) + 60);
    await screenshot(page, 'audit-tampered');
    await screenshotOf(audit.verification, 'audit-tampered-panel');
  });
});
