import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { DeploymentsPage } from './pages/DeploymentsPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, screenshot } from './support/browser.ts';

let server: TestServer;

beforeAll(async () => {
  // The first start a newcomer makes: the embedded cluster with its demo fleet, nothing deployed.
  server = await startTestServer({
    env: { BACKLINE_SIMULATOR: 'on', BACKLINE_HEALTH_INTERVAL: '1s' },
  });
});

afterAll(async () => {
  await server?.stop();
});

const session = browserSession(() => server.url);

describe('the first minute on the embedded cluster', () => {
  it('shows the demo fleet as observed deployments with live health', async () => {
    const page = await session.newPage();
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    await new ShellPage(page).waitUntilSignedIn();

    // The overview counts the six model servers of the demo fleet once health has judged them.
    await page.goto('/');
    const healthy = page.getByTestId('fleet-count-HEALTHY');
    await expect.poll(() => healthy.textContent(), { timeout: 90_000 }).toBe('6');
    await screenshot(page, 'observed-overview-first-start');

    const list = await new DeploymentsPage(page).goto();
    const chat = list.row('ml-prod', 'chat');
    await chat.waitFor();
    expect(await chat.getByTestId('observed-badge').textContent()).toBe('Observed');
    expect(await page.getByTestId('observed-badge').count()).toBe(6);
    await screenshot(page, 'observed-deployments-list');

    await chat.getByRole('link', { name: 'chat' }).click();
    const card = page.getByTestId('observed-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('meta-llama/Llama-3.1-8B-Instruct');
    // Nothing on the page changes an observed server.
    for (const action of ['Deploy release', 'Scale', 'Delete', 'Roll back']) {
      expect(await page.getByRole('button', { name: action }).count(), action).toBe(0);
      expect(await page.getByRole('link', { name: action }).count(), action).toBe(0);
    }
    await screenshot(page, 'observed-deployment-page');

    // An admin adopts it: the plan first, then Adopt, and the page is a managed deployment's.
    await page.getByRole('button', { name: 'Adopt', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Adopt chat' });
    const release = dialog.getByTestId('adoption-release');
    await release.waitFor({ timeout: 30_000 });
    expect(await dialog.getByTestId('adoption-reasons').count()).toBe(0);
    expect(await release.textContent()).toMatch(/@sha256:[0-9a-f]{64}/);
    await screenshot(page, 'adoption-plan');
    await dialog.getByRole('button', { name: 'Adopt', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Deploy release' }).waitFor();
    expect(await page.getByTestId('observed-badge').count()).toBe(0);
    await page.getByRole('tab', { name: /^Release & history/ }).click();
    expect(await page.getByTestId('release-card').textContent()).toMatch(/sha256:/);
    await screenshot(page, 'adopted-deployment-release');
  }, 240_000);
});
