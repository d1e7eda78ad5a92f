import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { createTestRelease, deployReady } from '../support/releases.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { CatalogPage } from './pages/CatalogPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, dismissNotifications, screenshot } from './support/browser.ts';

let cluster: SimulatedCluster;
let server: TestServer;
let page: Page;

beforeAll(async () => {
  cluster = await startSimulatedCluster({ acceleration: 30 });
  server = await startTestServer({
    env: { KUBECONFIG: cluster.kubeconfig, BACKLINE_NAMESPACES: 'ml-prod' },
  });
  const cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const { releaseId } = await createTestRelease(server.url, cookie, { modelName: 'qwen-small' });
  await deployReady(server.url, cookie, releaseId, 'chat');
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

const session = browserSession(() => server.url);

beforeAll(async () => {
  page = await session.newPage();
});

describe('golden prompts in the console', () => {
  it('adds golden prompts, checking them as they are typed, and runs them on the deployment', async () => {
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    await new ShellPage(page).waitUntilSignedIn();
    const catalog = await new CatalogPage(page).goto();
    await catalog.goldenPrompts.getByText('No golden prompts yet.').waitFor();

    // A regular expression that does not compile is refused under its field, before sending.
    const form = await catalog.fillGoldenPrompt({
      name: 'capital',
      user: 'What is the capital of France?',
      maxTokens: '32',
      contains: 'Paris',
      pattern: '^(Paris',
      maxLength: '40',
    });
    await form.getByText(/Unterminated group/).waitFor();
    await screenshot(page, 'golden-prompt-form-invalid');
    await form.getByLabel('Match the regular expression').fill('^Paris\\b');
    await form.getByRole('button', { name: 'Add golden prompt' }).click();
    await form.waitFor({ state: 'hidden' });

    await catalog.addGoldenPrompt({
      name: 'json arithmetic',
      system: 'You answer in JSON.',
      user: 'What is 2 + 2? Reply in JSON.',
      maxTokens: '16',
      jsonSchema:
        '{"type": "object", "properties": {"answer": {"type": "number"}}, "required": ["answer"]}',
    });
    const row = catalog.goldenPromptRow('capital');
    await row.getByText('contains “Paris”').waitFor();
    await row.getByText('matches /^Paris\\b/').waitFor();
    await row.getByText('≤ 40 chars').waitFor();
    await catalog.goldenPromptRow('json arithmetic').getByText('JSON schema').waitFor();
    await dismissNotifications(page);
    await catalog.goldenPrompts.scrollIntoViewIfNeeded();
    await screenshot(page, 'golden-prompts');

    const healthy = await catalog.runGoldenPrompts();
    await healthy.getByText('2 passed').waitFor();
    await healthy.getByText('Paris is the capital of France.').waitFor();
    await screenshot(page, 'golden-prompts-run-passed');
    await catalog.closeRunDialog();

    const fault = cluster.sim.injectFault({
      type: 'behaviour-drift',
      namespace: 'ml-prod',
      deployment: 'chat',
    });
    try {
      const drifted = await catalog.runGoldenPrompts(/^chat-/);
      await drifted.getByText('2 failed').waitFor();
      const capital = drifted.getByTestId('check-result-capital');
      await capital.getByText('answer is 47 characters, limit 40').waitFor();
      await drifted
        .getByTestId('check-result-json arithmetic')
        .getByText('/answer: must be number')
        .waitFor();
      await screenshot(page, 'golden-prompts-run-drifted');
    } finally {
      cluster.sim.clearFault(fault.id);
    }
  });
});
