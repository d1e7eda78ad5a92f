import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { createTestRelease } from '../support/releases.ts';
import { type Call, caller } from '../support/rollout-api.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { waitFor } from '../support/wait.ts';
import { CostsPage } from './pages/CostsPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, screenshot } from './support/browser.ts';

let cluster: SimulatedCluster;
let server: TestServer;
let cookie: string;

const call: Call = <T>(query: string, variables?: Record<string, unknown>) =>
  caller(() => server.url, cookie)<T>(query, variables);

beforeAll(async () => {
  cluster = await startSimulatedCluster({ acceleration: 20, trafficRps: 5 });
  server = await startTestServer({
    env: {
      KUBECONFIG: cluster.kubeconfig,
      BACKLINE_NAMESPACES: 'ml-prod',
      BACKLINE_HEALTH_INTERVAL: '300ms',
      BACKLINE_COST_SAMPLE_INTERVAL: '300ms',
      BACKLINE_SYNTHETIC_TIMEOUT: '1s',
    },
  });
  cookie = await login(server.url, server.adminEmail, server.adminPassword);
  const { releaseId } = await createTestRelease(server.url, cookie, {
    modelName: 'qwen-small',
    gpuProduct: 'NVIDIA-L4',
  });
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
  const since = new Date(Date.now() - 600_000).toISOString();
  await waitFor(
    'tokens counted for the deployment',
    async () => {
      const { costReport } = await call<{ costReport: { total: { tokens: number } } }>(
        'query($input: CostReportInput!) { costReport(input: $input) { total { tokens } } }',
        { input: { from: since, to: new Date(Date.now() + 60_000).toISOString() } },
      );
      return costReport.total.tokens > 0 ? costReport : undefined;
    },
    60_000,
  );
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

const session = browserSession(() => server.url);

describe('the Costs page in Chromium', () => {
  it('shows what a deployment costs against GPT-4o, marks default prices, shows free GPUs, and takes an admin price', async () => {
    const page = await session.newPage();
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    await new ShellPage(page).waitUntilSignedIn();
    const costs = await new CostsPage(page).goto();

    const line = costs.line('ml-prod/chat');
    await line.waitFor();
    await expect.poll(() => line.textContent()).toContain('NVIDIA-L4');
    await costs.defaultPricesNote.waitFor();
    expect(await costs.gpuPrice('NVIDIA-L4').textContent()).toContain('Default');
    expect(
      await costs.apiPrices.getByRole('row').filter({ hasText: 'GPT-4o' }).first().textContent(),
    ).toContain('Default');
    // The chart's script loads apart from the page's, once a chart shows.
    await page.getByTestId('cost-chart').waitFor();
    await screenshot(page, 'costs-defaults');

    // Capacity: the simulated cluster's one L4 node has 4, and chat holds one of them.
    const l4 = costs.freeGpuRow('NVIDIA-L4');
    await l4.waitFor();
    expect(
      await l4.getByRole('cell').evaluateAll((cells) => cells.map((c) => c.textContent)),
    ).toEqual(['NVIDIA-L4', '1', '4', '1', '3', '3']);
    await costs.deploymentCapacity.getByRole('row').filter({ hasText: 'ml-prod/chat' }).waitFor();
    await costs.freeGpus.scrollIntoViewIfNeeded();
    await screenshot(page, 'costs-capacity');

    await costs.setGpuPrice('NVIDIA-L4', '0.5', 'Our cloud contract');
    await expect
      .poll(() => costs.gpuPrice('NVIDIA-L4').textContent())
      .toContain('Set by admin@backline.local');
    expect(await costs.gpuPrice('NVIDIA-L4').textContent()).toContain('$0.5000');
    await screenshot(page, 'costs-admin-price');

    await page.goto('/deployments/ml-prod/chat?tab=cost');
    const card = page.getByTestId('deployment-cost');
    await card.getByText('Cost, last 7 days').waitFor();
    await expect
      .poll(() => card.getByTestId('cost-stat-Tokens').textContent())
      .not.toContain('Tokens0');
    await screenshot(page, 'deployment-cost-card');
  });
});
