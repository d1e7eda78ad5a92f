import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { type Call, caller } from '../support/rollout-api.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { DeploymentPage } from './pages/DeploymentPage.ts';
import { IncidentsPage } from './pages/IncidentsPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, dismissNotifications, screenshot } from './support/browser.ts';

let cluster: SimulatedCluster;
let server: TestServer;
let cookie: string;
let releaseId: string;

function newPage(): Promise<Page> {
  return session.newPage();
}

const call: Call = <T>(query: string, variables?: Record<string, unknown>) =>
  caller(() => server.url, cookie)<T>(query, variables);

beforeAll(async () => {
  cluster = await startSimulatedCluster({ acceleration: 20 });
  const kubeconfig = cluster.kubeconfig;
  server = await startTestServer({
    env: {
      KUBECONFIG: kubeconfig,
      BACKLINE_NAMESPACES: 'ml-prod',
      BACKLINE_HEALTH_INTERVAL: '300ms',
      BACKLINE_SYNTHETIC_TIMEOUT: '1s',
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
  releaseId = release.createRelease.release.id;
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

// After the server's hooks: the browser starts once the server is up and closes before it stops.
const session = browserSession(() => server.url);

describe('health, diagnosis and the incident it opens, against the simulated cluster', () => {
  it('shows a healthy deployment go down with a diagnosis and come back', async () => {
    await call(
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: 'ml-prod',
          name: 'qwen-chat',
          environment: 'PROD',
          releaseId,
          replicas: 1,
          reason: 'Chat model for the support bot',
        },
      },
    );

    const page = await newPage();
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    const shell = new ShellPage(page);
    await shell.waitUntilSignedIn();
    await page.goto('/deployments/ml-prod/qwen-chat');
    const deployment = new DeploymentPage(page);
    await deployment.healthCard.waitFor();

    // Healthy, with the charts drawing from the server's samples.
    await expect.poll(() => deployment.health(), { timeout: 90_000 }).toBe('HEALTHY');
    await deployment.diagnosis.getByText('No problems found').waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'health-healthy');
    await deployment.openTab('Metrics');
    await expect.poll(() => deployment.drawnLines(), { timeout: 30_000 }).toBeGreaterThan(1);
    await screenshot(page, 'health-metrics');
    await deployment.openTab('Overview');

    // A crash loop turns it DOWN live, and the diagnosis says why.
    const fault = cluster.sim.injectFault({
      type: 'crash-loop',
      namespace: 'ml-prod',
      deployment: 'qwen-chat',
    });
    await expect.poll(() => deployment.health(), { timeout: 60_000 }).toBe('DOWN');
    const finding = deployment.findings.first();
    await finding.waitFor({ timeout: 30_000 });
    expect(await finding.getAttribute('data-cause')).toMatch(/CRASH_LOOP|CONTAINER_ERROR/);
    expect(await finding.getByTestId('evidence-row').count()).toBeGreaterThan(0);
    expect(await finding.getByTestId('runbook').locator('li').count()).toBeGreaterThan(0);
    await screenshot(page, 'health-down');
    await shell.chooseTheme('Dark theme');
    await page.evaluate('document.activeElement?.blur()');
    await screenshot(page, 'health-down-dark');
    await shell.chooseTheme('Light theme');

    // The health change opened an incident; it shows in the list, live.
    await shell.open('Incidents');
    const incidents = new IncidentsPage(page);
    const row = incidents.rowFor('ml-prod', 'qwen-chat');
    await row.waitFor({ timeout: 30_000 });
    await dismissNotifications(page);
    await screenshot(page, 'incidents-list');

    // Open it, acknowledge it and write a note.
    await row.getByRole('link').click();
    await page.getByTestId('incident-deployment').waitFor();
    await expect.poll(() => incidents.status()).toBe('TRIGGERED');
    await incidents.act('Acknowledge');
    await expect.poll(() => incidents.status()).toBe('ACKNOWLEDGED');
    await incidents.addNote('Crash loop after start; looking at the engine log.');
    await page
      .getByTestId('incident-deployment')
      .getByTestId('health-badge')
      .and(page.locator('[data-health="DOWN"]'))
      .waitFor();
    // The incident page shows the diagnosis itself: the cause, its evidence and its runbook.
    const incidentFinding = incidents.findings.first();
    await incidentFinding.waitFor({ timeout: 30_000 });
    expect(await incidentFinding.getAttribute('data-cause')).toMatch(/CRASH_LOOP|CONTAINER_ERROR/);
    expect(await incidentFinding.getByTestId('evidence-row').count()).toBeGreaterThan(0);
    expect(await incidentFinding.getByTestId('runbook').locator('li').count()).toBeGreaterThan(0);
    await dismissNotifications(page);
    await screenshot(page, 'incident');

    // The fault is cleared: the deployment recovers and the incident resolves by itself.
    cluster.sim.clearFault(fault.id);
    await expect.poll(() => incidents.status(), { timeout: 120_000 }).toBe('RESOLVED');
    await page.goto('/deployments/ml-prod/qwen-chat');
    await expect.poll(() => deployment.health(), { timeout: 60_000 }).toBe('HEALTHY');
    await deployment.diagnosis.getByText('No problems found').waitFor();
  });

  it('deploys a new release from the deployment page with its SLOs shown, kept and editable', async () => {
    await call(
      'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
      {
        input: {
          namespace: 'ml-prod',
          name: 'qwen-slo',
          environment: 'PROD',
          releaseId,
          replicas: 1,
          sloErrorRatio: 0.02,
          sloTtftP95Ms: 900,
        },
      },
    );
    const model = await call<{ deployment: { release: { model: { id: string } } } }>(
      '{ deployment(namespace: "ml-prod", name: "qwen-slo") { release { model { id } } } }',
    );
    const next = await call<{ createRelease: { release: { id: string } } }>(
      `mutation($m: ID!) { createRelease(input: { modelId: $m, runtime: VLLM, image: "vllm/vllm-openai:v0.10.2",
        resources: { gpus: 1, cpu: "2", memory: "16Gi" }, expectedLoadSeconds: 30 }) { release { id } } }`,
      { m: model.deployment.release.model.id },
    );
    const nextId = next.createRelease.release.id;

    const page = await newPage();
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    await new ShellPage(page).waitUntilSignedIn();
    await page.goto('/deployments/ml-prod/qwen-slo');
    const deployment = new DeploymentPage(page);
    await deployment.healthCard.waitFor();
    const form = await deployment.openDeployRelease();
    await expect.poll(() => form.errorRatioSlo()).toBe('0.02');
    expect(await form.ttftSlo()).toBe('900');
    expect(await form.replicas()).toBe('1');
    await form.chooseRelease(new RegExp(nextId.slice(4, 12)));
    await form.field(/^Time-to-first-token/).fill('1200');
    await dismissNotifications(page);
    await screenshot(page, 'deploy-release-form');
    await form.deploy();
    await page.waitForURL('**/deployments/ml-prod/qwen-slo');
    const after = await call<{
      deployment: { release: { id: string }; sloErrorRatio: number; sloTtftP95Ms: number };
    }>(
      '{ deployment(namespace: "ml-prod", name: "qwen-slo") { release { id } sloErrorRatio sloTtftP95Ms } }',
    );
    expect(after.deployment).toEqual({
      release: { id: nextId },
      sloErrorRatio: 0.02,
      sloTtftP95Ms: 1200,
    });
  });
});
