import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
import { type Call, caller } from '../support/rollout-api.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { IncidentsPage } from './pages/IncidentsPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { PostmortemPanel } from './pages/PostmortemPanel.ts';
import { StatusPage } from './pages/StatusPage.ts';
import {
  browserSession,
  dismissNotifications,
  screenshot,
  screenshotOf,
} from './support/browser.ts';

let cluster: SimulatedCluster;
let server: TestServer;
let cookie: string;

function newPage(): Promise<Page> {
  return session.newPage();
}

const call: Call = <T>(query: string, variables?: Record<string, unknown>) =>
  caller(() => server.url, cookie)<T>(query, variables);

const INTERNAL = 'Internal: rolled back by hand from the bastion host';
const PUBLIC = 'Some chat answers failed for ten minutes. It is fixed; we are watching it.';

beforeAll(async () => {
  cluster = await startSimulatedCluster({ acceleration: 20 });
  server = await startTestServer({
    env: {
      KUBECONFIG: cluster.kubeconfig,
      BACKLINE_NAMESPACES: 'ml-prod',
      BACKLINE_HEALTH_INTERVAL: '300ms',
      BACKLINE_SYNTHETIC_TIMEOUT: '1s',
    },
  });
  cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const { releaseId } = await createTestRelease(server.url, cookie);
  await call(
    'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
    {
      input: {
        namespace: 'ml-prod',
        name: 'chat',
        environment: 'PROD',
        releaseId,
        replicas: 1,
      },
    },
  );
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

// After the server's hooks: the browser starts once the server is up and closes before it stops.
const session = browserSession(() => server.url);

describe('postmortem, close and the public status page', () => {
  it('marks a deployment public, writes and publishes a postmortem, closes the incident, and shows the status page to anyone', async () => {
    const page = await newPage();
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    await page.getByRole('heading', { name: 'Overview' }).waitFor();

    // The deployment page: put it on the status page under a public name.
    await page.goto('/deployments/ml-prod/chat?tab=status-page');
    const settings = page.getByTestId('status-page-settings');
    await settings
      .getByRole('switch', { name: 'Public on the status page' })
      .check({ force: true });
    await settings.getByLabel('Name on the status page').fill('Chat assistant');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => {
        const r = await fetch(`${server.url}/status.json`);
        return ((await r.json()) as { components: { name: string }[] }).components.map(
          (c) => c.name,
        );
      })
      .toEqual(['Chat assistant']);
    await screenshotOf(settings, 'status-page-deployment-settings');

    const { declareIncident } = await call<{ declareIncident: { incident: { id: string } } }>(
      `mutation { declareIncident(input: { title: "Chat answers with errors", summary: "Half the chat requests fail with 500.",
        severity: SEV2, deployment: { namespace: "ml-prod", name: "chat" }, environment: PROD }) { incident { id } } }`,
    );
    const id = declareIncident.incident.id;
    await call(`mutation { acknowledgeIncident(input: { id: "${id}" }) { incident { id } } }`);
    await call(
      `mutation { addIncidentNote(input: { id: "${id}", body: "${INTERNAL}" }) { entry { id } } }`,
    );
    await call(`mutation { resolveIncident(input: { id: "${id}" }) { incident { id } } }`);

    await page.goto(`/incidents/${id}`);
    const incident = new IncidentsPage(page);
    await incident.timeline.first().waitFor();
    const panel = new PostmortemPanel(page);

    // A public update, previewed as the status page will show it.
    await panel.composeUpdate('Resolved', PUBLIC);
    await expect.poll(() => panel.preview.textContent()).toContain('Chat assistant');
    await screenshotOf(panel.updates, 'status-page-public-update-preview');
    await panel.postUpdate();

    // Closing before the postmortem is published is refused, saying why.
    await incident.act('Close');
    await page
      .getByText(/closing it needs a published postmortem/)
      .first()
      .waitFor();

    await panel.start();
    await panel.write(
      'Root cause',
      'A release with a tokenizer mismatch answered 500 to long prompts.',
    );
    await panel.write('Contributing factors', 'No canary step for chat; the alert fired late.');
    await panel.addActionItem('Add a canary step to chat rollouts', 'Administrator', '2026-12-15');
    await screenshot(page, 'status-page-postmortem-draft');
    await panel.publish();
    await screenshotOf(panel.card, 'status-page-postmortem-published');

    await incident.act('Close');
    await expect.poll(() => incident.status(), { timeout: 10_000 }).toBe('CLOSED');
    await dismissNotifications(page);
    await screenshot(page, 'status-page-incident-closed');

    // An anonymous visitor: a fresh browser context with no session.
    const visitor = await newPage();
    const status = await new StatusPage(visitor).goto();
    await status.component('Chat assistant').waitFor();
    expect(await status.incidents.count()).toBe(1);
    const text = (await visitor.locator('body').textContent()) ?? '';
    expect(text).toContain(PUBLIC);
    expect(text).not.toContain(INTERNAL);
    expect(text).not.toContain('ml-prod');
    expect(text).not.toContain(server.adminEmail);
    await screenshot(visitor, 'status-page-public');
  }, 180_000);
});
