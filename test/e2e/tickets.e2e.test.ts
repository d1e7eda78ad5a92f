import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { type Call, caller } from '../support/rollout-api.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { waitFor } from '../support/wait.ts';
import { IncidentsPage } from './pages/IncidentsPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { TicketsPage } from './pages/TicketsPage.ts';
import { browserSession, dismissNotifications, screenshot as save } from './support/browser.ts';

const TOKEN = 'tickets-e2e-inbound-token-0123456789';

let cluster: SimulatedCluster;
let server: TestServer;
let cookie: string;

function newPage(): Promise<Page> {
  return session.newPage();
}

const call: Call = <T>(query: string, variables?: Record<string, unknown>) =>
  caller(() => server.url, cookie)<T>(query, variables);

/** A screenshot from the top of the page, so the sticky header is not drawn mid-page. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await save(page, name);
}

beforeAll(async () => {
  cluster = await startSimulatedCluster({ acceleration: 20 });
  server = await startTestServer({
    env: {
      KUBECONFIG: cluster.kubeconfig,
      BACKLINE_NAMESPACES: 'ml-prod',
      BACKLINE_HEALTH_INTERVAL: '300ms',
      BACKLINE_SYNTHETIC_TIMEOUT: '1s',
      BACKLINE_TICKETS_TOKEN: TOKEN,
    },
  });
  cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const model = await call<{ registerModel: { model: { id: string } } }>(
    `mutation { registerModel(input: { name: "qwen-small", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
      revision: "7ae557604adf67be50417f59c2c2f167def9a775", license: "Apache-2.0", parameterCountBillions: 0.5,
      contextLength: 32768, gpuMemoryGiB: 2 }) { model { id } } }`,
  );
  const release = await call<{ createRelease: { release: { id: string } } }>(
    `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.1",
      resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
    { m: model.registerModel.model.id },
  );
  await call(
    'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
    {
      input: {
        namespace: 'ml-prod',
        name: 'qwen-chat',
        environment: 'PROD',
        releaseId: release.createRelease.release.id,
        replicas: 1,
        reason: 'Chat model behind the customer API',
      },
    },
  );
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

// After the server's hooks: the browser starts once the server is up and closes before it stops.
const session = browserSession(() => server.url);

describe('a support ticket waits on an incident and comes back with a suggested reply', () => {
  it('links a ticket to the incident a fault opened, and offers the reply when it resolves', async () => {
    // A customer writes in through the web form before anyone knows what is wrong.
    const posted = await fetch(`${server.url}/webhooks/tickets`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${TOKEN}`,
        'idempotency-key': 'e2e-form-1',
      },
      body: JSON.stringify({
        subject: 'Chat completions fail with 502',
        description: 'Since a few minutes every request to the chat model fails.',
        priority: 'URGENT',
        requester: { name: 'Grace Hopper', email: 'grace@example.com', organisation: 'Navy' },
      }),
    });
    expect(posted.status).toBe(201);
    const { ticket } = (await posted.json()) as { ticket: { id: string; reference: string } };

    await waitFor(
      'qwen-chat to be healthy',
      async () => {
        const data = await call<{ deployment: { health: { state: string } } | null }>(
          '{ deployment(namespace: "ml-prod", name: "qwen-chat") { health { state } } }',
        );
        return data.deployment?.health.state === 'HEALTHY' ? true : undefined;
      },
      90_000,
    );

    const page = await newPage();
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    const shell = new ShellPage(page);
    await shell.waitUntilSignedIn();
    await shell.open('Tickets');
    const tickets = new TicketsPage(page);
    const row = tickets.rowFor(ticket.reference);
    await row.waitFor();
    expect(await row.getByTestId('sla').getAttribute('data-sla')).toBe('ON_TRACK');
    await screenshot(page, 'tickets-queue');

    // A crash loop opens an incident; it appears live in the list.
    const fault = cluster.sim.injectFault({
      type: 'crash-loop',
      namespace: 'ml-prod',
      deployment: 'qwen-chat',
    });
    await shell.open('Incidents');
    const incidents = new IncidentsPage(page);
    const incidentRow = incidents.rowFor('ml-prod', 'qwen-chat');
    await incidentRow.waitFor({ timeout: 90_000 });
    const number = Number(
      ((await incidentRow.locator('td').nth(1).textContent()) ?? '').match(/INC-(\d+)/)?.[1],
    );
    await incidentRow.getByRole('link').click();
    await expect.poll(() => incidents.status()).toBe('TRIGGERED');
    await incidents.act('Acknowledge');
    await expect.poll(() => incidents.status()).toBe('ACKNOWLEDGED');

    // Support links the ticket to it: the ticket waits for the incident.
    await tickets.goto();
    await tickets.open(ticket.reference);
    await tickets.writeInternalNote('Same symptom as the qwen-chat crash loop.');
    await tickets.linkIncident(number);
    await expect.poll(() => tickets.status()).toBe('PENDING_INCIDENT');
    await dismissNotifications(page);
    await screenshot(page, 'ticket-pending-incident');

    // The incident page lists the linked ticket.
    await page.getByRole('link', { name: new RegExp(`^INC-${number} `) }).click();
    await page.getByTestId('linked-tickets').getByText(ticket.reference).waitFor();
    await screenshot(page, 'incident-linked-tickets');

    // The fault clears, the deployment recovers, the incident resolves by itself, and the
    // ticket returns to OPEN with a suggested reply, live on its page.
    await page.getByTestId('linked-tickets').getByRole('link').click();
    cluster.sim.clearFault(fault.id);
    await expect.poll(() => tickets.status(), { timeout: 150_000 }).toBe('OPEN');
    await tickets.suggestedReply.waitFor();
    const suggestion = (await tickets.suggestedReply.textContent()) ?? '';
    expect(suggestion).toContain('ml-prod/qwen-chat is down');
    expect(suggestion).toContain('Resolution:');
    expect(suggestion).not.toContain('Same symptom');
    await dismissNotifications(page);
    await screenshot(page, 'ticket-suggested-reply');

    const sent = await tickets.sendSuggestedReply();
    expect(sent).toContain('Hello Grace Hopper');
    await tickets.publicReplies.filter({ hasText: 'Hello Grace Hopper' }).first().waitFor();
    expect(await tickets.internalNotes.count()).toBe(1);
    await screenshot(page, 'ticket-replied');
  });
});
