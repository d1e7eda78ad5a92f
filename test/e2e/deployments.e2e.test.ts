import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { CatalogPage } from './pages/CatalogPage.ts';
import { DeploymentPage } from './pages/DeploymentPage.ts';
import { DeploymentsPage } from './pages/DeploymentsPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, dismissNotifications, screenshot } from './support/browser.ts';

let cluster: SimulatedCluster;
let server: TestServer;

function newPage(): Promise<Page> {
  return session.newPage();
}

beforeAll(async () => {
  cluster = await startSimulatedCluster({ acceleration: 30 });
  const kubeconfig = cluster.kubeconfig;
  server = await startTestServer({
    env: { KUBECONFIG: kubeconfig, BACKLINE_NAMESPACES: 'ml-prod' },
  });
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

// After the server's hooks: the browser starts once the server is up and closes before it stops.
const session = browserSession(() => server.url);

describe('deploying a model from the console to the simulated cluster', () => {
  it('registers a model, cuts releases, deploys, watches it become ready, scales and deletes it', async () => {
    const page = await newPage();
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    const shell = new ShellPage(page);
    await shell.waitUntilSignedIn();

    // The catalog: a model, a release pinned by tag only (with its warning), and a second one.
    await shell.navigation.getByRole('link', { name: 'Catalog', exact: true }).click();
    const catalog = new CatalogPage(page);
    await page.getByRole('heading', { name: 'Catalog' }).waitFor();
    await catalog.registerModel({
      name: 'qwen-small',
      family: 'Qwen2.5',
      source: 'hf://Qwen/Qwen2.5-0.5B-Instruct',
      revision: '7ae557604adf67be50417f59c2c2f167def9a775',
      license: 'Apache-2.0',
      parameters: '0.5',
      contextLength: '32768',
      gpuMemory: '2',
    });
    const first = await catalog.createRelease({
      runtime: 'vLLM',
      image: 'vllm/vllm-openai:v0.10.1',
      maxModelLength: '4096',
      gpus: '1',
      cpu: '2',
      memory: '16Gi',
    });
    expect(first).toMatch(/^rel-[0-9a-f]{16}$/);
    expect(await catalog.releaseDialog.getByTestId('release-warnings').textContent()).toContain(
      'pinned by tag only',
    );
    await screenshot(page, 'catalog-release-warnings');
    await catalog.closeReleaseResult();
    const second = await catalog.createRelease({
      runtime: 'vLLM',
      image: 'vllm/vllm-openai:v0.10.1',
      maxModelLength: '8192',
      gpus: '1',
      cpu: '2',
      memory: '16Gi',
    });
    await catalog.closeReleaseResult();
    await catalog.releasesPanel.getByText('Not pinned').first().waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'catalog');
    await catalog.compare(first, second);
    expect(await catalog.diff.getByTestId('diff-row').first().textContent()).toContain(
      'engine.maxModelLength',
    );
    await dismissNotifications(page);
    await screenshot(page, 'catalog-diff');

    // The new-deployment form checks the name as it is typed.
    await shell.open('Deployments');
    const deployments = new DeploymentsPage(page);
    await page.getByText('No model deployments yet').waitFor();
    await deployments.openNewForm();
    await deployments.nameInput().fill('Qwen_Small');
    await deployments.form.getByText('Use lower-case letters only').waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'deployment-form-validation');
    await deployments.fill({
      name: 'qwen-small',
      environment: 'Prod',
      model: 'qwen-small',
      replicas: '1',
      reason: 'First deployment of the small chat model',
    });
    await deployments.submit();

    // Its page shows the rollout live, without a reload.
    await page.waitForURL(/\/deployments\/ml-prod\/qwen-small$/);
    const deployment = new DeploymentPage(page);
    await deployment.readySummary.waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'deployment-progressing');
    await expect.poll(() => deployment.phase(), { timeout: 60_000 }).toBe('READY');
    expect(await deployment.readySummary.textContent()).toContain('1 of 1 ready');
    await dismissNotifications(page);
    await screenshot(page, 'deployment-ready');
    await deployment.openTab('Pods & events');
    await deployment.pods.first().waitFor();
    expect(await deployment.pods.count()).toBe(1);
    expect(await deployment.events.count()).toBeGreaterThan(0);
    await screenshot(page, 'deployment-pods-events');
    await deployment.openTab('Manifests');
    expect(await deployment.manifest.textContent()).toContain('kind: Deployment');
    await deployment.openTab('Overview');

    // Scale to two, and both become ready live.
    await deployment.scale(2);
    await expect
      .poll(() => deployment.readySummary.textContent(), { timeout: 60_000 })
      .toContain('2 of 2 ready');
    await expect.poll(() => deployment.phase(), { timeout: 30_000 }).toBe('READY');
    await deployment.openTab('Pods & events');
    await expect.poll(() => deployment.pods.count()).toBe(2);
    await deployment.openTab('Overview');

    await shell.chooseTheme('Dark theme');
    await dismissNotifications(page);
    await screenshot(page, 'deployment-dark');
    await shell.chooseTheme('Light theme');

    await shell.open('Deployments');
    const row = deployments.row('ml-prod', 'qwen-small');
    await row.waitFor();
    expect(await row.getByTestId('ready-count').textContent()).toBe('2/2');
    await dismissNotifications(page);
    await screenshot(page, 'deployments-list');

    // Delete it with its name and a reason; it leaves the list.
    await row.getByRole('link', { name: 'qwen-small' }).click();
    await deployment.readySummary.waitFor();
    await deployment.delete('qwen-small', 'Replaced by a larger model');
    await page.waitForURL(/\/deployments$/);
    await row.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('No model deployments yet').waitFor();
  });
});
