import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGateway, type SimulatedCluster, startSimulatedCluster } from '../support/cluster.ts';
import { login } from '../support/graphql.ts';
import { type Call, caller, vllmReleases } from '../support/rollout-api.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { DeploymentPage } from './pages/DeploymentPage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { RolloutPanel } from './pages/RolloutPanel.ts';
import { ShellPage } from './pages/ShellPage.ts';
import { browserSession, dismissNotifications, screenshotOf } from './support/browser.ts';

const GATEWAY = { namespace: 'gateway-system', name: 'inference' };

let cluster: SimulatedCluster;
let server: TestServer;
let cookie: string;
let modelId: string;
const releases: string[] = [];

const call: Call = <T>(query: string, variables?: Record<string, unknown>) =>
  caller(() => server.url, cookie)<T>(query, variables);

function deploy(releaseId: string, extra: Record<string, unknown> = {}) {
  return call(
    'mutation($input: DeployReleaseInput!) { deployRelease(input: $input) { deployment { id } } }',
    {
      input: {
        namespace: 'ml-prod',
        name: 'chat',
        environment: 'STAGING',
        releaseId,
        replicas: 1,
        strategy: 'CANARY',
        gateway: GATEWAY,
        minimumRequests: 10,
        ...extra,
      },
    },
  );
}

beforeAll(async () => {
  cluster = await startSimulatedCluster({
    acceleration: 20,
    trafficRps: 100,
    namespaces: ['ml-prod', GATEWAY.namespace],
  });
  await addGateway(cluster.admin, GATEWAY);
  server = await startTestServer({
    env: {
      KUBECONFIG: cluster.kubeconfig,
      BACKLINE_NAMESPACES: 'ml-prod',
      BACKLINE_HEALTH_INTERVAL: '300ms',
      BACKLINE_SYNTHETIC_TIMEOUT: '1s',
    },
  });
  cookie = await login(server.url, server.adminEmail, server.adminPassword);
  modelId = (
    await call<{ registerModel: { model: { id: string } } }>(
      `mutation { registerModel(input: { name: "qwen-small", family: "Qwen2.5", source: "hf://Qwen/Qwen2.5-0.5B-Instruct",
        revision: "main", license: "Apache-2.0", parameterCountBillions: 0.5, contextLength: 32768,
        gpuMemoryGiB: 2 }) { model { id } } }`,
    )
  ).registerModel.model.id;
  releases.push(
    ...(await vllmReleases(
      call,
      ['vllm/vllm-openai:v0.9.2', 'vllm/vllm-openai:v0.10.1', 'vllm/vllm-openai:v0.10.2'],
      modelId,
    )),
  );
  await call(
    'mutation($input: CreateGoldenPromptInput!) { createGoldenPrompt(input: $input) { goldenPrompt { id } } }',
    {
      input: {
        modelId,
        name: 'capital',
        prompt: 'What is the capital of France?',
        maxTokens: 32,
        expect: { contains: ['Paris'], pattern: '^Paris\\b', maxLength: 40 },
      },
    },
  );
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop();
});

const session = browserSession(() => server.url);

describe('canaries by traffic in the console, against the simulated cluster and its gateway', () => {
  it('shows the mode, each track’s share step by step, and the golden prompts side by side', async () => {
    const [first, good, drifting] = releases;
    if (!first || !good || !drifting) throw new Error('releases missing');
    await deploy(first, { reason: 'Chat model behind the inference Gateway' });

    const page = await session.newPage({ viewport: { width: 1366, height: 1600 } });
    await new LoginPage(page).goto().then((l) => l.signIn(server.adminEmail, server.adminPassword));
    await new ShellPage(page).waitUntilSignedIn();
    await page.goto('/deployments/ml-prod/chat');
    const deployment = new DeploymentPage(page);
    const rollout = new RolloutPanel(page);
    await expect.poll(() => deployment.phase(), { timeout: 90_000 }).toBe('READY');

    // A shadow step, then 5 % and 100 % of the requests, by the route's weights.
    await deploy(good, {
      canarySteps: [
        { weightPercent: 0, mirrorPercent: 50, analysisSeconds: 3 },
        { weightPercent: 5, analysisSeconds: 3 },
        { weightPercent: 100, analysisSeconds: 3 },
      ],
      reason: 'Newer engine',
    });
    await expect.poll(() => rollout.state(), { timeout: 120_000 }).toBe('SUCCEEDED');
    expect(await rollout.root.getByTestId('rollout-mode').textContent()).toBe(
      'By traffic through Gateway gateway-system/inference',
    );
    const rows = rollout.root.getByTestId('traffic-share-row');
    expect(await rows.count()).toBe(3);
    const table = (await rows.allTextContents()).join(' | ');
    expect(table).toMatch(/copy of 50 %/);
    expect(table).toMatch(/5 %/);
    expect(table).toMatch(/100 %/);
    await dismissNotifications(page);
    await screenshotOf(rollout.root, 'traffic-rollout-succeeded');

    // The next release answers its golden prompt differently on the canary: a regression,
    // shown beside the stable release's answer, rolls it back at the first step.
    const fault = cluster.sim.injectFault({
      type: 'behaviour-drift',
      namespace: 'ml-prod',
      deployment: 'chat-canary',
    });
    await deploy(drifting, {
      canarySteps: [
        { weightPercent: 5, analysisSeconds: 2 },
        { weightPercent: 100, analysisSeconds: 2 },
      ],
      reason: 'Quantised weights',
    });
    await expect.poll(() => rollout.state(), { timeout: 120_000 }).toBe('ROLLED_BACK');
    const comparison = rollout.root.getByTestId('prompt-comparison');
    await comparison.first().waitFor();
    expect(await comparison.count()).toBe(1);
    expect(await comparison.getByTestId('regression-badge').count()).toBe(1);
    expect(await comparison.getByTestId('answer-stable').textContent()).toMatch(/Paris/);
    await dismissNotifications(page);
    await screenshotOf(
      rollout.root.getByTestId('prompt-comparisons'),
      'traffic-prompts-side-by-side',
    );
    cluster.sim.clearFault(fault.id);

    // The deploy form shows the Gateway it is behind, a shadow step, and a way off the Gateway.
    await page.goto('/deployments/new?namespace=ml-prod&name=chat');
    const form = page.locator('form').first();
    const gatewayName = form.getByRole('textbox', { name: 'Gateway name', exact: true });
    await expect.poll(() => gatewayName.inputValue(), { timeout: 15_000 }).toBe(GATEWAY.name);
    await form.getByText('Canary', { exact: true }).click();
    await form.getByRole('button', { name: 'Add shadow step' }).click();
    await form.getByRole('button', { name: 'Take it off the Gateway' }).waitFor();
    await screenshotOf(form, 'traffic-deploy-form');
  }, 300_000);
});
